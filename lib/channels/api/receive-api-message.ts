// The API channel's use case: the channel must be an API channel of the
// caller's workspace (anything else is a 404), then ingest as any provider.
import { notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import { normalizeApiMessage } from '@/lib/channels/api/normalize';
import type { ApiMessageBody } from '@/lib/channels/api/schema';

export async function receiveApiMessage(ctx: Pick<WorkspaceContext, 'db'>, channelId: string, body: ApiMessageBody) {
  const channel = await ctx.db.channel.findUnique({ where: { id: channelId } });
  if (!channel || channel.provider !== 'api' || !channel.enabled) throw notFound('Channel');
  const result = await ingestInboundMessage(channel, normalizeApiMessage(body));
  return { created: result.created, messageId: result.messageId, conversationId: result.conversationId, contactId: result.contactId };
}
