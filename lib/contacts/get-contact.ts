// A contact with every identity we know them by and their conversations.
import { notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { summarySelect, toSummary } from '@/lib/conversations/conversation-summary';

export async function getContact(ctx: Pick<WorkspaceContext, 'db'>, id: string) {
  const contact = await ctx.db.contact.findUnique({
    where: { id },
    include: {
      identities: { orderBy: { createdAt: 'asc' }, select: { id: true, provider: true, externalId: true, handle: true, phone: true, email: true, channelId: true, createdAt: true } },
      conversations: { orderBy: { lastMessageAt: 'desc' }, take: 100, select: summarySelect },
    },
  });
  if (!contact) throw notFound('Contact');
  return { ...contact, conversations: contact.conversations.map(toSummary) };
}
