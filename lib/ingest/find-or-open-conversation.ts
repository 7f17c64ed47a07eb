// Which conversation an inbound message belongs to. In order: the thread it
// replies to (email In-Reply-To/References), a conversation id handed back to
// us (plus-address token), its provider thread key (post of a comment, email
// thread), else the contact's latest direct conversation on this channel.
// Reopen rules, as agents expect: a pending or snoozed conversation wakes up;
// a resolved one reopens when the customer writes within REOPEN_DAYS, else a
// new conversation starts; auto-replies and bounces never reopen anything.
import type { Sql } from '@/lib/db';
import type { ConversationStatus } from '@/lib/generated/prisma/enums';
import type { ParsedInboundMessage } from '@/lib/ingest/inbound-message';

export const REOPEN_DAYS = 7;

// The fields the decision and the append need.
export type ConversationRow = {
  id: string;
  status: ConversationStatus;
  severity: number;
  resolvedAt: Date | null;
  updatedAt: Date;
  lastMessageAt: Date;
  waitingSince: Date | null;
};

export type ConversationChoice = { conversation: ConversationRow | null; action: 'append' | 'wake' | 'reopen' | 'open' | 'append-resolved' };

export function decideConversation(existing: ConversationRow | null, msg: Pick<ParsedInboundMessage, 'isAutoReply' | 'sentAt'>, now = new Date()): ConversationChoice {
  if (!existing) return { conversation: null, action: 'open' };
  if (existing.status === 'open') return { conversation: existing, action: 'append' };
  if (existing.status === 'pending' || existing.status === 'snoozed') {
    return { conversation: existing, action: msg.isAutoReply ? 'append' : 'wake' };
  }
  if (msg.isAutoReply) return { conversation: existing, action: 'append-resolved' };
  const resolvedAt = existing.resolvedAt ?? existing.updatedAt;
  if (now.getTime() - resolvedAt.getTime() <= REOPEN_DAYS * 86_400_000) return { conversation: existing, action: 'reopen' };
  return { conversation: null, action: 'open' };
}

const COLUMNS = `id, status, severity, "resolvedAt", "updatedAt", "lastMessageAt", "waitingSince"`;

export async function findConversationFor(sql: Sql, workspaceId: string, channelId: string, contactId: string, msg: ParsedInboundMessage): Promise<ConversationRow | null> {
  const one = async (where: string, params: unknown[]) =>
    (await sql<ConversationRow>(`SELECT ${COLUMNS} FROM "Conversation" WHERE "workspaceId" = $1 AND "channelId" = $2 AND ${where} ORDER BY "lastMessageAt" DESC LIMIT 1`, [workspaceId, channelId, ...params]))[0] ?? null;

  if (msg.inReplyTo.length) {
    const parent = await one(`id = (SELECT "conversationId" FROM "Message" WHERE "channelId" = $2 AND "providerMessageId" = ANY($3::text[]) ORDER BY "createdAt" DESC LIMIT 1)`, [msg.inReplyTo]);
    if (parent) return parent;
  }
  if (msg.conversationHint) {
    const hinted = await one(`id = $3`, [msg.conversationHint]);
    if (hinted) return hinted;
  }
  if (msg.threadKey) {
    // Per contact: two customers commenting on one post are two conversations.
    // A thread key we have not seen (a new email thread, a new post) starts a new one.
    return one(`"contactId" = $3 AND "threadKey" = $4`, [contactId, msg.threadKey]);
  }
  // A direct message continues the contact's direct conversation, never one of
  // their comment or email threads.
  return one(`"contactId" = $3 AND "threadKey" IS NULL`, [contactId]);
}
