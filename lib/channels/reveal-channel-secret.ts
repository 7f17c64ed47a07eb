// The one secret an admin may see in full: a Meta verify token, which has to
// be pasted into the Meta app's webhook settings. Every reveal is audited.
// Other secrets (app secrets, access tokens, auth tokens) are never shown again.
import { badRequest, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { decryptJson } from '@/lib/crypto';
import { CHANNEL_FIELDS } from '@/lib/channels/channel-fields';
import { z } from 'zod';

export const revealSecretInput = z.object({ id: z.string().min(1).max(64), key: z.string().min(1).max(100) }).strict();

export async function revealChannelSecret(ctx: WorkspaceContext, input: z.infer<typeof revealSecretInput>): Promise<{ value: string }> {
  const channel = await ctx.db.channel.findUnique({ where: { id: input.id } });
  if (!channel) throw notFound('Channel');
  const field = CHANNEL_FIELDS[channel.provider].secrets.find((s) => s.key === input.key);
  if (!field?.revealable) throw badRequest('This secret cannot be shown; type a new one to replace it');
  const value = decryptJson(channel.credentials)[input.key];
  if (!value) throw notFound('Secret');
  await ctx.db.auditEvent.create({
    data: { workspaceId: ctx.workspaceId, actorId: actorId(ctx.actor), actorType: ctx.actor.type, action: 'channel.secret.reveal', targetType: 'channel', targetId: channel.id, data: { key: input.key } },
  });
  return { value };
}
