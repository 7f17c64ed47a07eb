// An admin adds a channel: settings validated per provider, secrets encrypted
// at rest (generated where the provider needs one we choose: Meta verify
// tokens, chat visitor keys), and an audit entry naming — never showing — the
// secrets that were set. Returns the channel without its secrets.
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { encryptJson } from '@/lib/crypto';
import type { Provider } from '@/lib/generated/prisma/enums';
import { applyChannelForm } from '@/lib/channels/apply-channel-form';
import { describeChannel, type ChannelSummary } from '@/lib/channels/describe-channel';
import type { CreateChannelInput } from '@/lib/channels/channel-input';

export async function createChannel(ctx: WorkspaceContext, input: CreateChannelInput): Promise<ChannelSummary> {
  const provider = input.provider as Provider;
  const applied = applyChannelForm(provider, input, null);
  const channel = await ctx.db.$transaction(async (tx) => {
    const row = await tx.channel.create({
      data: {
        workspaceId: ctx.workspaceId,
        provider,
        name: input.name,
        enabled: input.enabled,
        externalId: applied.externalId,
        settings: applied.settings as object,
        credentials: encryptJson(applied.secrets),
      },
    });
    await tx.auditEvent.create({
      data: {
        workspaceId: ctx.workspaceId,
        actorId: actorId(ctx.actor),
        actorType: ctx.actor.type,
        action: 'channel.create',
        targetType: 'channel',
        targetId: row.id,
        data: { provider, name: row.name, enabled: row.enabled, settings: applied.changedSettings, secretsSet: applied.changedSecrets },
      },
    });
    return row;
  });
  return describeChannel(channel);
}
