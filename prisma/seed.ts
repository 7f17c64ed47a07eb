// The demo workspace "Northwind Outfitters" (slug `demo`): a Monday morning in
// a social customer-care inbox. Used by `npm run demo` (scripts/run.ts) and
// `npm run db:seed` (scripts/seed.ts). Everything is built in memory first
// (prisma/seed/build-demo-rows.ts) and written in one transaction, so a seed
// either creates the whole workspace or nothing.
import { db } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { hashPassword } from '@/lib/auth/password';
import { encryptJson } from '@/lib/crypto';
import { buildDemoRows } from './seed/build-demo-rows';
import { DEMO_PASSWORD, DEMO_USERS as PEOPLE_SIGN_INS } from './seed/demo-people';
import { WORKSPACE } from './seed/demo-playbook';
import { writeDemoRows } from './seed/write-demo-rows';

export const DEMO_SLUG = WORKSPACE.slug;

export const DEMO_USERS: { email: string; password: string; role: 'admin' | 'manager' | 'agent'; name: string }[] = PEOPLE_SIGN_INS;

export async function seedDemo(opts: { reset?: boolean; now?: Date } = {}): Promise<{ created: boolean; workspaceId: string; conversations: number; apiKey?: string }> {
  const now = opts.now ?? new Date();
  const existing = await db.workspace.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } });
  if (existing && !opts.reset) {
    return { created: false, workspaceId: existing.id, conversations: await db.conversation.count({ where: { workspaceId: existing.id } }) };
  }

  // One hash for every demo sign-in: Argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = buildDemoRows({ now, passwordHash, encrypt: encryptJson });
  const demoEmails = DEMO_USERS.map((u) => u.email);

  await db.$transaction(
    async (tx) => {
      if (existing) {
        // The demo's users go with it, unless they also belong to another workspace.
        const members = await tx.membership.findMany({ where: { workspaceId: existing.id }, select: { userId: true } });
        await tx.workspace.delete({ where: { id: existing.id } });
        await tx.user.deleteMany({ where: { id: { in: members.map((m) => m.userId) }, memberships: { none: {} } } });
      }
      // Demo addresses left over from an earlier demo would block the new users.
      await tx.user.deleteMany({ where: { email: { in: demoEmails }, memberships: { none: {} } } });
      await writeDemoRows(tx, rows);
    },
    { timeout: 120_000, maxWait: 15_000 },
  );

  const workspaceId = rows.workspace.id!;
  const key = await createApiKey(workspaceId, 'Demo key', 'manager', rows.adminMembershipId);
  await db.auditEvent.create({
    data: { workspaceId, actorType: 'system', action: 'api_key.created', targetType: 'api_key', targetId: key.id, data: { name: key.name, prefix: key.prefix } },
  });
  return { created: true, workspaceId, conversations: rows.conversations.length, apiKey: key.key };
}
