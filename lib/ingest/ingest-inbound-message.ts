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
//
// This is the webhook hot path, so it speaks plain parameterised SQL on the
// shared pool (sqlTransaction) instead of the ORM: about a dozen cheap
// statements instead of a dozen ORM round trips. Every statement names the
// channel's workspace explicitly.
import type { Channel } from '@/lib/generated/prisma/client';
import { sqlTransaction, type Sql } from '@/lib/db';
import { uuidv7 } from '@/lib/ids';
import { jobs, jobPriorityForSeverity } from '@/lib/queue/registry';
import { inboundMessageSchema, type InboundMessage, type ParsedInboundMessage } from '@/lib/ingest/inbound-message';
import { resolveContact } from '@/lib/ingest/resolve-contact';
import { decideConversation, findConversationFor, type ConversationChoice, type ConversationRow } from '@/lib/ingest/find-or-open-conversation';
import { sanitizeEmailHtml } from '@/lib/ingest/sanitize-email-html';
import { recordChannelEvent } from '@/lib/channels/record-channel-health';
import { publishMessageCreated } from '@/lib/live/publish-conversation-event';

export type IngestResult = {
  created: boolean;
  messageId: string;
  conversationId: string;
  contactId: string | null;
  action?: ConversationChoice['action'];
};

type ChannelRef = Pick<Channel, 'id' | 'workspaceId' | 'provider'>;

const PREVIEW_CHARS = 200;

export async function ingestInboundMessage(channel: ChannelRef, input: InboundMessage): Promise<IngestResult> {
  const msg = inboundMessageSchema.parse(input);
  const html = msg.html ? sanitizeEmailHtml(msg.html) : null;
  const now = new Date();

  const result = await sqlTransaction(async (sql): Promise<IngestResult> => {
    const lockKey = `ingest:${channel.workspaceId}:${channel.provider}:${msg.contact.externalId}`;
    await sql(`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended($1, 0))) AS l`, [lockKey]);

    const [existing] = await sql<{ id: string; conversationId: string; contactId: string | null }>(
      `SELECT id, "conversationId", "contactId" FROM "Message" WHERE "channelId" = $1 AND "providerMessageId" = $2`,
      [channel.id, msg.providerMessageId],
    );
    if (existing) return { created: false, messageId: existing.id, conversationId: existing.conversationId, contactId: existing.contactId };

    const { contactId } = await resolveContact(sql, channel.workspaceId, channel.provider, channel.id, msg.contact, now);
    const choice = decideConversation(await findConversationFor(sql, channel.workspaceId, channel.id, contactId, msg), msg, now);
    const messageId = uuidv7(now.getTime());
    const conversation = await writeConversation(sql, channel, contactId, msg, choice, now);

    await sql(
      `INSERT INTO "Message" (id, "workspaceId", "conversationId", "channelId", direction, "providerMessageId", "contactId",
         subject, text, html, attachments, status, meta, "sentAt", "createdAt")
       VALUES ($1, $2, $3, $4, 'in', $5, $6, $7, $8, $9, $10::jsonb, 'received', $11::jsonb, $12, $13)`,
      [
        messageId, channel.workspaceId, conversation.id, channel.id, msg.providerMessageId, contactId, msg.subject ?? null, msg.text, html,
        JSON.stringify(msg.attachments),
        JSON.stringify({ ...msg.meta, ...(msg.isAutoReply ? { autoReply: true } : {}), ...(msg.inReplyTo.length ? { inReplyTo: msg.inReplyTo } : {}) }),
        msg.sentAt.toISOString(), now.toISOString(),
      ],
    );
    if (choice.action === 'wake' || choice.action === 'reopen') {
      const from = choice.conversation!.status;
      await sql(
        `INSERT INTO "ConversationEvent" (id, "workspaceId", "conversationId", kind, summary, data, "createdAt") VALUES ($1, $2, $3, 'status', $4, $5::jsonb, $6)`,
        [
          uuidv7(now.getTime()), channel.workspaceId, conversation.id,
          choice.action === 'reopen' ? 'reopened: the customer wrote again' : `back to open: the customer replied while it was ${from}`,
          JSON.stringify({ from, to: 'open', messageId }), now.toISOString(),
        ],
      );
    }
    // The triage job, in the same transaction (lib/queue/add-outbox-job.ts does the same through the ORM).
    const payload = jobs['triage.message'].payload.parse({ workspaceId: channel.workspaceId, messageId });
    await sql(
      `INSERT INTO "Outbox" ("workspaceId", queue, job, payload, "jobId", priority, "delayMs") VALUES ($1, $2, 'triage.message', $3::jsonb, $4, $5, 0)`,
      [channel.workspaceId, jobs['triage.message'].queue, JSON.stringify(payload), `triage-${messageId}`, jobPriorityForSeverity(conversation.severity)],
    );
    return { created: true, messageId, conversationId: conversation.id, contactId, action: choice.action };
  });

  if (result.created) {
    // Open inboxes show it at once (not awaited: the provider is waiting for our 2xx).
    void publishMessageCreated(channel.workspaceId, result.conversationId, result.messageId, 'in');
    await recordChannelEvent(channel.id, now);
  }
  return result;
}

// Opens a new conversation, or appends to the chosen one (counters, preview,
// waiting time, waking or reopening it).
async function writeConversation(
  sql: Sql,
  channel: ChannelRef,
  contactId: string,
  msg: ParsedInboundMessage,
  choice: ConversationChoice,
  now: Date,
): Promise<Pick<ConversationRow, 'id' | 'severity'>> {
  const preview = (msg.subject && !msg.text ? msg.subject : msg.text).replace(/\s+/g, ' ').trim().slice(0, PREVIEW_CHARS);
  const sentAt = msg.sentAt.toISOString();
  if (!choice.conversation) {
    const id = uuidv7(now.getTime());
    await sql(
      `INSERT INTO "Conversation" (id, "workspaceId", "channelId", "contactId", subject, "threadKey", status, preview, "messageCount",
         "lastMessageAt", "lastInboundAt", "waitingSince", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, 1, $8, $8, $9, $10, $10)`,
      [id, channel.workspaceId, channel.id, contactId, msg.subject ?? null, msg.threadKey ?? null, preview, sentAt, msg.isAutoReply ? null : sentAt, now.toISOString()],
    );
    return { id, severity: 4 };
  }
  const c = choice.conversation;
  await sql(
    `UPDATE "Conversation" SET
       "messageCount" = "messageCount" + 1,
       "lastMessageAt" = GREATEST("lastMessageAt", $3::timestamp),
       preview = CASE WHEN $3::timestamp >= "lastMessageAt" THEN $4 ELSE preview END,
       "lastInboundAt" = $3,
       "waitingSince" = CASE WHEN $5 THEN "waitingSince" ELSE COALESCE("waitingSince", $3::timestamp) END,
       status = CASE WHEN $6 THEN 'open'::"ConversationStatus" ELSE status END,
       "snoozedUntil" = CASE WHEN $7 THEN NULL ELSE "snoozedUntil" END,
       "resolvedAt" = CASE WHEN $8 THEN NULL ELSE "resolvedAt" END,
       "updatedAt" = $9
     WHERE "workspaceId" = $1 AND id = $2`,
    [
      channel.workspaceId, c.id, sentAt, preview, msg.isAutoReply,
      choice.action === 'wake' || choice.action === 'reopen', choice.action === 'wake', choice.action === 'reopen', now.toISOString(),
    ],
  );
  return { id: c.id, severity: c.severity };
}
