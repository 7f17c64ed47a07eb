// A visitor's own history: the messages of the conversations this visitor
// started on this channel (threadKey "visitor:<id>"), never internal notes,
// never another visitor's — even one merged into the same contact. Reading
// them marks the agent's delivered replies as read.
import type { LoadedChannel } from '@/lib/channels/load-channel';
import { scopedDb } from '@/lib/tenancy';
import { firstName, toChatView, visitorThreadKey } from '@/lib/channels/chat/chat-topic';
import type { ChatMessageView } from '@/lib/channels/chat/schema';

const HISTORY_LIMIT = 200;

export async function listVisitorMessages(channel: LoadedChannel, visitorId: string, opts: { after?: string; markRead?: boolean } = {}): Promise<ChatMessageView[]> {
  const db = scopedDb(channel.channel.workspaceId);
  const conversations = await db.conversation.findMany({ where: { channelId: channel.channel.id, threadKey: visitorThreadKey(visitorId) }, select: { id: true } });
  const conversationIds = conversations.map((c) => c.id);
  if (!conversationIds.length) return [];
  const scope = { conversationId: { in: conversationIds }, direction: { in: ['in' as const, 'out' as const] }, status: { not: 'failed' as const } };

  // "after" is the last message the widget has; messages from the same instant
  // are included again (the widget skips ids it has), so nothing slips between.
  const cursor = opts.after ? await db.message.findFirst({ where: { id: opts.after, ...scope }, select: { createdAt: true } }) : null;
  const rows = await db.message.findMany({
    where: { ...scope, ...(cursor ? { createdAt: { gte: cursor.createdAt }, NOT: { id: opts.after } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT,
    include: { author: { select: { user: { select: { name: true } } } } },
  });
  rows.reverse();

  if (opts.markRead) {
    const now = new Date();
    const unread = rows.filter((m) => m.direction === 'out' && (m.status === 'sent' || m.status === 'delivered')).map((m) => m.id);
    if (unread.length) {
      // Conditional, so a status only ever moves forward.
      await db.message.updateMany({ where: { id: { in: unread }, deliveredAt: null }, data: { deliveredAt: now } });
      await db.message.updateMany({ where: { id: { in: unread }, status: { in: ['sent', 'delivered'] } }, data: { status: 'read', readAt: now } });
    }
  }
  return rows.map((m) => toChatView(m, m.direction === 'out' ? firstName(m.author?.user.name) : null));
}
