// Stores one inbound message durably, exactly once, in ONE transaction:
// contact + identity, conversation (found, woken, reopened or opened), the
// message (unique per channel + provider id), conversation counters, and the
// outbox row that asks the triage worker to look at it. When this returns,
// the message may be acknowledged to the provider: even if the queue is down,
// the outbox relay will hand the job over later.
//
// Duplicate deliveries (providers retry; webhooks arrive concurrently) are
// serialised by a transaction-scoped advisory lock on the sender, then the
// second one finds the first's message and writes nothing.
import type { Channel } from '@/lib/generated/prisma/client';
import { scopedDb } from '@/lib/tenancy';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { inboundMessageSchema, type InboundMessage } from '@/lib/ingest/inbound-message';
import { resolveContact } from '@/lib/ingest/resolve-contact';
import { decideConversation, findConversationFor } from '@/lib/ingest/find-or-open-conversation';
import { sanitizeEmailHtml } from '@/lib/ingest/sanitize-email-html';
import { recordChannelEvent } from '@/lib/channels/record-channel-health';
import { publishMessageCreated } from '@/lib/live/publish-conversation-event';

export type IngestResult = {
  created: boolean;
  messageId: string;
  conversationId: string;
  contactId: string | null;
  action?: 'append' | 'wake' | 'reopen' | 'open' | 'append-resolved';
};

const PREVIEW_CHARS = 200;

export async function ingestInboundMessage(channel: Pick<Channel, 'id' | 'workspaceId' | 'provider'>, input: InboundMessage): Promise<IngestResult> {
  const msg = inboundMessageSchema.parse(input);
  const db = scopedDb(channel.workspaceId);
  const html = msg.html ? sanitizeEmailHtml(msg.html) : undefined;
  const now = new Date();

  const result = await db.$transaction(
    async (tx) => {
      const lockKey = `ingest:${channel.workspaceId}:${channel.provider}:${msg.contact.externalId}`;
      await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))) AS l`;

      const existing = await tx.message.findFirst({
        where: { channelId: channel.id, providerMessageId: msg.providerMessageId },
        select: { id: true, conversationId: true, contactId: true },
      });
      if (existing) return { created: false, messageId: existing.id, conversationId: existing.conversationId, contactId: existing.contactId } satisfies IngestResult;

      const { contactId } = await resolveContact(tx, channel.workspaceId, channel.provider, channel.id, msg.contact);
      const found = await findConversationFor(tx, channel.id, contactId, msg);
      const choice = decideConversation(found, msg, now);

      const preview = (msg.subject && !msg.text ? msg.subject : msg.text).replace(/\s+/g, ' ').trim().slice(0, PREVIEW_CHARS);
      let conversation = choice.conversation;
      if (!conversation) {
        conversation = await tx.conversation.create({
          data: {
            workspaceId: channel.workspaceId,
            channelId: channel.id,
            contactId,
            // Counted here, so a new conversation needs no second write.
            messageCount: 1,
            subject: msg.subject,
            threadKey: msg.threadKey,
            status: 'open',
            preview,
            lastMessageAt: msg.sentAt,
            lastInboundAt: msg.sentAt,
            waitingSince: msg.isAutoReply ? null : msg.sentAt,
          },
        });
      }

      const message = await tx.message.create({
        data: {
          workspaceId: channel.workspaceId,
          conversationId: conversation.id,
          channelId: channel.id,
          direction: 'in',
          providerMessageId: msg.providerMessageId,
          contactId,
          subject: msg.subject,
          text: msg.text,
          html,
          attachments: msg.attachments,
          status: 'received',
          meta: { ...msg.meta, ...(msg.isAutoReply ? { autoReply: true } : {}), ...(msg.inReplyTo.length ? { inReplyTo: msg.inReplyTo } : {}) },
          sentAt: msg.sentAt,
        },
      });

      if (choice.action !== 'open') {
        const isLatest = msg.sentAt >= conversation.lastMessageAt;
        await tx.conversation.update({
          where: { id: conversation.id },
          data: {
            messageCount: { increment: 1 },
            ...(isLatest ? { lastMessageAt: msg.sentAt, preview } : {}),
            lastInboundAt: msg.sentAt,
            ...(msg.isAutoReply ? {} : { waitingSince: conversation.waitingSince ?? msg.sentAt }),
            ...(choice.action === 'wake' ? { status: 'open', snoozedUntil: null } : {}),
            ...(choice.action === 'reopen' ? { status: 'open', resolvedAt: null } : {}),
          },
        });
        if (choice.action === 'wake' || choice.action === 'reopen') {
          await tx.conversationEvent.create({
            data: {
              workspaceId: channel.workspaceId,
              conversationId: conversation.id,
              kind: 'status',
              summary: choice.action === 'reopen' ? 'reopened: the customer wrote again' : `back to open: the customer replied while it was ${conversation.status}`,
              data: { from: conversation.status, to: 'open', messageId: message.id },
            },
          });
        }
      }

      await addOutboxJob(
        tx,
        'triage.message',
        { workspaceId: channel.workspaceId, messageId: message.id },
        { jobId: `triage-${message.id}`, priority: jobPriorityForSeverity(conversation.severity) },
      );
      return { created: true, messageId: message.id, conversationId: conversation.id, contactId, action: choice.action } satisfies IngestResult;
    },
    { timeout: 10_000, maxWait: 10_000 },
  );

  if (result.created) {
    // Open inboxes show it at once (not awaited: the provider is waiting for our 2xx).
    void publishMessageCreated(channel.workspaceId, result.conversationId, result.messageId, 'in');
    await recordChannelEvent(channel.id, now);
  }
  return result;
}
