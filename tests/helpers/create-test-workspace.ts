// A fresh workspace per test (unique slug), with an admin, an agent, a team,
// a channel and an API key, so tests never depend on each other's rows.
import crypto from 'node:crypto';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { createApiKey } from '@/lib/auth/api-keys';
import { encryptJson } from '@/lib/crypto';
import type { Provider } from '@/lib/generated/prisma/enums';

export const TEST_PASSWORD = 'correct horse battery staple';

let cachedHash: Promise<string> | undefined;

export async function createTestWorkspace(opts: { name?: string; provider?: Provider } = {}) {
  const suffix = crypto.randomBytes(4).toString('hex');
  const passwordHash = await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const workspace = await db.workspace.create({ data: { name: opts.name ?? `Test ${suffix}`, slug: `test-${suffix}` } });
  const mkUser = async (role: 'admin' | 'manager' | 'agent', name: string) => {
    const user = await db.user.create({ data: { email: `${role}-${suffix}@example.test`, name, passwordHash } });
    const membership = await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    return { user, membership, email: user.email, password: TEST_PASSWORD };
  };
  const admin = await mkUser('admin', `Admin ${suffix}`);
  const agent = await mkUser('agent', `Agent ${suffix}`);
  const team = await db.team.create({ data: { workspaceId: workspace.id, key: 'support', name: 'Support' } });
  await db.teamMember.create({ data: { teamId: team.id, membershipId: agent.membership.id } });
  const channel = await db.channel.create({
    data: {
      workspaceId: workspace.id,
      provider: opts.provider ?? 'api',
      name: 'Test channel',
      externalId: `ext-${suffix}`,
      credentials: encryptJson({ appSecret: `secret-${suffix}` }),
    },
  });
  const apiKey = await createApiKey(workspace.id, 'test key', 'manager');
  return { workspace, admin, agent, team, channel, apiKey: apiKey.key, suffix };
}

export async function createTestConversation(workspaceId: string, channelId: string, text = 'Hello, my order is late') {
  const contact = await db.contact.create({ data: { workspaceId, name: 'Test Customer' } });
  const conversation = await db.conversation.create({
    data: { workspaceId, channelId, contactId: contact.id, preview: text, messageCount: 1, lastInboundAt: new Date(), waitingSince: new Date() },
  });
  const message = await db.message.create({
    data: { workspaceId, conversationId: conversation.id, channelId, direction: 'in', contactId: contact.id, text, providerMessageId: crypto.randomUUID() },
  });
  return { contact, conversation, message };
}
