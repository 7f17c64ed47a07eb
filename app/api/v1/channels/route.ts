// GET /api/v1/channels — the workspace's channels for managers and admins:
// id, provider, name, enabled, webhook URL, settings, health, and which
// secrets are set (names only; secrets never leave the server).
import { withWorkspace } from '@/lib/api/with-workspace';
import { decryptJson } from '@/lib/crypto';
import { describeChannel } from '@/lib/channels/describe-channel';

export const GET = withWorkspace({ auth: 'any', role: 'manager' }, async ({ ctx }) => {
  const rows = await ctx.db.channel.findMany({ orderBy: [{ provider: 'asc' }, { createdAt: 'asc' }] });
  const now = new Date();
  return {
    channels: rows.map((c) => {
      let secretsSet: string[] = [];
      try {
        secretsSet = Object.keys(decryptJson(c.credentials)).sort();
      } catch {
        secretsSet = [];
      }
      const { id, provider, name, enabled, externalId, webhookUrl, embedCode, settings, health, createdAt, updatedAt } = describeChannel(c, now);
      return { id, provider, name, enabled, externalId, webhookUrl, ...(embedCode ? { embedCode } : {}), settings, health, secretsSet, createdAt, updatedAt };
    }),
  };
});
