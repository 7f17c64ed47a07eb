// Which conversation an inbound message belongs to. In order: the thread it
// replies to (email In-Reply-To/References), its provider thread key (post of
// a comment), else the contact's latest conversation on this channel.
// Reopen rules, as agents expect: a pending or snoozed conversation wakes up;
// a resolved one reopens when the customer writes within REOPEN_DAYS, else a
// new conversation starts; auto-replies and bounces never reopen anything.
import type { ScopedDb } from '@/lib/tenancy';
import type { Conversation } from '@/lib/generated/prisma/client';
import type { ParsedInboundMessage } from '@/lib/ingest/inbound-message';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

export const REOPEN_DAYS = 7;

export type ConversationChoice = { conversation: Conversation | null; action: 'append' | 'wake' | 'reopen' | 'open' | 'append-resolved' };

export function decideConversation(existing: Conversation | null, msg: Pick<ParsedInboundMessage, 'isAutoReply' | 'sentAt'>, now = new Date()): ConversationChoice {
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

export async function findConversationFor(tx: Tx, channelId: string, contactId: string, msg: ParsedInboundMessage): Promise<Conversation | null> {
  if (msg.inReplyTo.length) {
    const parent = await tx.message.findFirst({
      where: { channelId, providerMessageId: { in: msg.inReplyTo } },
      orderBy: { createdAt: 'desc' },
      select: { conversationId: true },
    });
    if (parent) return tx.conversation.findUnique({ where: { id: parent.conversationId } });
  }
  if (msg.conversationHint) {
    const hinted = await tx.conversation.findFirst({ where: { id: msg.conversationHint, channelId } });
    if (hinted) return hinted;
  }
  if (msg.threadKey) {
    // Per contact: two customers commenting on one post are two conversations.
    // A thread key we have not seen (a new email thread, a new post) starts a new one.
    return tx.conversation.findFirst({ where: { channelId, contactId, threadKey: msg.threadKey }, orderBy: { lastMessageAt: 'desc' } });
  }
  // A direct message continues the contact's direct conversation, never one of
  // their comment or email threads.
  return tx.conversation.findFirst({ where: { channelId, contactId, threadKey: null }, orderBy: { lastMessageAt: 'desc' } });
}
