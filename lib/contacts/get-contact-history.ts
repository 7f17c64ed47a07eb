// The contact panel's history: this customer's other conversations on every
// channel (newest first) and which tags their conversations got over time
// ("incident ×3, sales_lead ×1", with first and latest date), so an agent
// sees at a glance who they are talking to. Bounded: the latest 20
// conversations are listed, the counts cover all of them.
import type { ScopedDb } from '@/lib/tenancy';
import type { ConversationStatus, Provider } from '@/lib/generated/prisma/enums';

const LIST = 20;

export type ContactHistory = {
  conversations: { id: string; status: ConversationStatus; provider: Provider; subject: string | null; preview: string; lastMessageAt: Date }[];
  total: number;
  tags: { key: string; name: string; color: string; count: number; first: Date; last: Date }[];
  // Conversations per channel, this one included, most used first: the
  // channel they actually use when no preference is recorded.
  channels: { provider: Provider; count: number }[];
};

export async function getContactHistory(ctx: { db: ScopedDb }, contactId: string, currentConversationId: string): Promise<ContactHistory> {
  const others = { contactId, id: { not: currentConversationId } };
  const [conversations, total, applications, all] = await Promise.all([
    ctx.db.conversation.findMany({
      where: others,
      orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }],
      take: LIST,
      select: { id: true, status: true, subject: true, preview: true, lastMessageAt: true, channel: { select: { provider: true } } },
    }),
    ctx.db.conversation.count({ where: others }),
    // Tags still applied, across ALL this contact's conversations (this one too).
    ctx.db.tagApplication.findMany({
      where: { removedAt: null, conversation: { contactId } },
      select: { conversationId: true, appliedAt: true, tag: { select: { key: true, name: true, color: true } } },
      take: 2000,
    }),
    ctx.db.conversation.findMany({ where: { contactId }, orderBy: { lastMessageAt: 'desc' }, take: 500, select: { channel: { select: { provider: true } } } }),
  ]);
  const perChannel = new Map<Provider, number>();
  for (const c of all) perChannel.set(c.channel.provider, (perChannel.get(c.channel.provider) ?? 0) + 1);
  return {
    conversations: conversations.map(({ channel, ...c }) => ({ ...c, provider: channel.provider })),
    total,
    tags: summarizeTags(applications.map((a) => ({ ...a.tag, conversationId: a.conversationId, appliedAt: a.appliedAt }))),
    channels: [...perChannel].map(([provider, count]) => ({ provider, count })).sort((a, b) => b.count - a.count),
  };
}

// One line per tag: in how many conversations, first and latest time. Most used first. Pure.
export function summarizeTags(rows: { key: string; name: string; color: string; conversationId: string; appliedAt: Date }[]): ContactHistory['tags'] {
  const byTag = new Map<string, { key: string; name: string; color: string; conversations: Set<string>; first: Date; last: Date }>();
  for (const r of rows) {
    const t = byTag.get(r.key) ?? { key: r.key, name: r.name, color: r.color, conversations: new Set<string>(), first: r.appliedAt, last: r.appliedAt };
    t.conversations.add(r.conversationId);
    if (r.appliedAt < t.first) t.first = r.appliedAt;
    if (r.appliedAt > t.last) t.last = r.appliedAt;
    byTag.set(r.key, t);
  }
  return [...byTag.values()]
    .map(({ conversations, ...t }) => ({ ...t, count: conversations.size }))
    .sort((a, b) => b.count - a.count || b.last.getTime() - a.last.getTime() || a.key.localeCompare(b.key));
}
