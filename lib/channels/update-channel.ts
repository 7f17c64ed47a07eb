// An admin edits a channel. A blank secret field keeps the stored secret; the
// provider cannot change (its webhooks and identities depend on it). The audit
// entry says what changed (names only) and whether it was disabled or enabled.
import { notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { decryptJson, encryptJson } from '@/lib/crypto';
import { applyChannelForm } from '@/lib/channels/apply-channel-form';
import { describeChannel, type ChannelSummary } from '@/lib/channels/describe-channel';
import type { UpdateChannelInput } from '@/lib/channels/channel-input';
import { forgetChannelLimit } from '@/lib/webhooks/rate-limit-channel';

export async function updateChannel(ctx: WorkspaceContext, input: UpdateChannelInput): Promise<ChannelSummary> {
  const existing = await ctx.db.channel.findUnique({ where: { id: input.id } });
  if (!existing) throw notFound('Channel');
  const applied = applyChannelForm(existing.provider, input, {
    settings: (existing.settings ?? {}) as Record<string, unknown>,
    secrets: decryptJson(existing.credentials),
  });
  const action = existing.enabled && !input.enabled ? 'channel.disable' : !existing.enabled && input.enabled ? 'channel.enable' : 'channel.update';
  const channel = await ctx.db.$transaction(async (tx) => {
    const row = await tx.channel.update({
      where: { id: existing.id },
      data: {
        name: input.name,
        enabled: input.enabled,
        externalId: applied.externalId,
        settings: applied.settings as object,
        ...(applied.changedSecrets.length ? { credentials: encryptJson(applied.secrets) } : {}),
      },
    });
    await tx.auditEvent.create({
      data: {
        workspaceId: ctx.workspaceId,
        actorId: actorId(ctx.actor),
        actorType: ctx.actor.type,
        action,
        targetType: 'channel',
        targetId: row.id,
        data: {
          ...(existing.name !== row.name ? { name: { from: existing.name, to: row.name } } : {}),
          ...(existing.enabled !== row.enabled ? { enabled: row.enabled } : {}),
          settings: applied.changedSettings,
          secretsChanged: applied.changedSecrets,
        },
      },
    });
    return row;
  });
  forgetChannelLimit(channel.id);
  return describeChannel(channel);
}
