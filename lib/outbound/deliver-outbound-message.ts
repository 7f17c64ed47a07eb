// The outbound worker's job: send one agent reply through its channel, at most
// once. The message is claimed (queued → sending) with a conditional update;
// a definite provider refusal is recorded on the message, a transient one
// (5xx, 429, network) puts it back to queued and lets BullMQ retry with
// backoff. A message found still "sending" means a worker died mid-call: the
// provider may have it, so we mark it failed-unknown instead of risking a
// duplicate send.
import { UnrecoverableError } from 'bullmq';
import { db } from '@/lib/db';
import { loadChannel } from '@/lib/channels/load-channel';
import { recordChannelError } from '@/lib/channels/record-channel-health';
import { PermanentSendError, RetryableSendError } from '@/lib/outbound/send-errors';
import { senderFor } from '@/lib/outbound/senders';
import { checkSendRules } from '@/lib/outbound/check-send-rules';
import { log } from '@/lib/log';
import { replayPendingStatuses } from '@/lib/ingest/apply-delivery-status';
import { publishMessageUpdated } from '@/lib/live/publish-conversation-event';

export type DeliverOutcome = 'sent' | 'already-sent' | 'failed' | 'retry' | 'skipped';

export async function deliverOutboundMessage(workspaceId: string, messageId: string, opts: { finalAttempt?: boolean } = {}): Promise<DeliverOutcome> {
  const message = await db.message.findFirst({ where: { id: messageId, workspaceId, direction: 'out' } });
  if (!message) return 'skipped';
  if (['sent', 'delivered', 'read'].includes(message.status)) return 'already-sent';
  if (message.status === 'failed') return 'failed';
  if (message.status === 'sending') {
    await markFailed(messageId, 'Delivery unknown: the worker stopped while sending. Check the customer’s channel before sending again.');
    void publishMessageUpdated(workspaceId, message.conversationId, messageId, 'failed');
    return 'failed';
  }

  const claimed = await db.message.updateMany({ where: { id: messageId, status: 'queued' }, data: { status: 'sending' } });
  if (!claimed.count) return 'skipped'; // another worker has it

  try {
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: message.conversationId } });
    const channel = await loadChannel(message.channelId, (await db.channel.findUniqueOrThrow({ where: { id: message.channelId } })).provider);
    const recipient = await db.contactIdentity.findFirst({
      where: { contactId: conversation.contactId, provider: channel.channel.provider },
      orderBy: [{ channelId: 'asc' }, { createdAt: 'desc' }],
    });
    if (!recipient) throw new PermanentSendError(`The contact has no ${channel.channel.provider} identity to reply to`);
    const thread = await db.message.findMany({
      where: { conversationId: conversation.id, providerMessageId: { not: null } },
      orderBy: { createdAt: 'asc' },
      select: { providerMessageId: true, direction: true, id: true },
    });
    const lastInbound = await db.message.findFirst({ where: { conversationId: conversation.id, direction: 'in' }, orderBy: { sentAt: 'desc' } });
    const problem = checkSendRules({
      provider: channel.channel.provider,
      text: message.text,
      lastInboundAt: lastInbound?.sentAt ?? null,
      isTemplate: Boolean((message.meta as Record<string, unknown>)?.template),
      isComment: Boolean(conversation.threadKey) && ['messenger', 'instagram'].includes(channel.channel.provider),
    });
    if (problem) throw new PermanentSendError(problem);

    const result = await senderFor(channel.channel.provider)({
      channel,
      message,
      conversation,
      recipient,
      lastInbound,
      threadProviderIds: thread.map((t) => t.providerMessageId!).filter(Boolean),
    });
    await db.message.update({
      where: { id: messageId },
      data: { status: result.status ?? 'sent', providerMessageId: result.providerMessageId, providerError: null, sentAt: new Date() },
    });
    void publishMessageUpdated(workspaceId, message.conversationId, messageId, result.status ?? 'sent');
    await replayPendingStatuses(message.channelId, result.providerMessageId);
    return 'sent';
  } catch (err) {
    if (err instanceof RetryableSendError && !opts.finalAttempt) {
      await db.message.update({ where: { id: messageId }, data: { status: 'queued', providerError: `Retrying: ${err.message}`.slice(0, 1000) } });
      void publishMessageUpdated(workspaceId, message.conversationId, messageId, 'queued');
      throw err; // BullMQ retries with backoff
    }
    const reason = err instanceof PermanentSendError || err instanceof RetryableSendError ? err.message : `Could not send: ${(err as Error).message}`;
    await markFailed(messageId, reason);
    void publishMessageUpdated(workspaceId, message.conversationId, messageId, 'failed');
    await recordChannelError(message.channelId, reason);
    log.warn('outbound send failed', { messageId, error: reason });
    if (err instanceof PermanentSendError) throw new UnrecoverableError(reason);
    return 'failed';
  }
}

async function markFailed(messageId: string, reason: string) {
  await db.message.update({ where: { id: messageId }, data: { status: 'failed', providerError: reason.slice(0, 1000) } });
}
