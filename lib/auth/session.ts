// Resolves who is calling: a signed-in user (session cookie) or an API key
// (Authorization: Bearer). The membership is re-read on every request, so a
// deactivated member or a changed role takes effect at once.
import { getServerSession } from 'next-auth';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { findApiKey } from '@/lib/auth/api-keys';
import type { Role } from '@/lib/generated/prisma/enums';

export type Actor =
  | { type: 'user'; userId: string; membershipId: string; name: string; email: string }
  | { type: 'api_key'; apiKeyId: string; name: string };

export type Caller = { workspaceId: string; role: Role; actor: Actor };

export async function callerFromSession(): Promise<Caller | null> {
  const session = await getServerSession(authOptions);
  if (!session?.membershipId) return null;
  const m = await db.membership.findUnique({ where: { id: session.membershipId }, include: { user: true } });
  if (!m || !m.active || m.userId !== session.user.id) return null;
  return {
    workspaceId: m.workspaceId,
    role: m.role,
    actor: { type: 'user', userId: m.userId, membershipId: m.id, name: m.user.name, email: m.user.email },
  };
}

export function bearerToken(authorization: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : null;
}

export async function callerFromApiKey(key: string): Promise<Caller | null> {
  const row = await findApiKey(key);
  if (!row) return null;
  return { workspaceId: row.workspaceId, role: row.role, actor: { type: 'api_key', apiKeyId: row.id, name: row.name } };
}

export function actorId(actor: Actor): string {
  return actor.type === 'user' ? actor.membershipId : actor.apiKeyId;
}
