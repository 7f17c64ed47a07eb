// The whole history with a customer, above the open conversation: the
// messages of this contact's OTHER conversations on every channel, so an agent
// answering an SMS sees last week's email and Instagram DM. Bounded to the
// latest 50 (in reading order, oldest first); the summary counts all of them.
import type { ScopedDb } from '@/lib/tenancy';
import type { Provider } from '@/lib/generated/prisma/enums';

export const EARLIER_LIMIT = 50;

export async function listEarlierMessages(ctx: { db: ScopedDb }, contactId: string, currentConversationId: string, limit = EARLIER_LIMIT) {
  const others = { contactId, id: { not: currentConversationId } };
  const [byChannel, newest] = await Promise.all([
    ctx.db.conversation.findMany({ where: others, select: { channel: { select: { provider: true } } } }),
    ctx.db.message.findMany({
      where: { conversation: others },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      include: {
        author: { select: { id: true, user: { select: { name: true } } } },
        channel: { select: { provider: true } },
        conversation: { select: { id: true, subject: true } },
      },
    }),
  ]);
  const providers: Provider[] = [];
  for (const c of byChannel) if (!providers.includes(c.channel.provider)) providers.push(c.channel.provider);
  const total = await ctx.db.message.count({ where: { conversation: others } });
  return {
    conversationCount: byChannel.length,
    providers,
    total,
    messages: [...newest].reverse().map((m) => ({
      id: m.id,
      conversationId: m.conversation.id,
      conversationSubject: m.conversation.subject,
      direction: m.direction,
      provider: m.channel.provider,
      providerMessageId: m.providerMessageId,
      subject: m.subject,
      text: m.text,
      html: m.html,
      attachments: m.attachments,
      status: m.status,
      providerError: m.providerError,
      language: m.language,
      triagedAt: m.triagedAt,
      author: m.author ? { id: m.author.id, name: m.author.user.name } : null,
      contactId: m.contactId,
      sentAt: m.sentAt,
      deliveredAt: m.deliveredAt,
      readAt: m.readAt,
      createdAt: m.createdAt,
    })),
  };
}

export type EarlierMessages = Awaited<ReturnType<typeof listEarlierMessages>>;
