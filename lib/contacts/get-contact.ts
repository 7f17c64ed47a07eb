// A contact with every identity we know them by and their conversations.
import { notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { summarySelect, toSummary } from '@/lib/conversations/conversation-summary';

// A merged contact answers as the contact it was merged into.
export async function getContact(ctx: Pick<WorkspaceContext, 'db'>, id: string) {
  let targetId = id;
  for (let hops = 0; hops < 5; hops++) {
    const c = await ctx.db.contact.findUnique({ where: { id: targetId }, select: { mergedIntoId: true } });
    if (!c) throw notFound('Contact');
    if (!c.mergedIntoId) break;
    targetId = c.mergedIntoId;
  }
  const contact = await ctx.db.contact.findUnique({
    where: { id: targetId },
    include: {
      identities: { orderBy: { createdAt: 'asc' }, select: { id: true, provider: true, externalId: true, handle: true, phone: true, email: true, channelId: true, createdAt: true } },
      conversations: { orderBy: { lastMessageAt: 'desc' }, take: 100, select: summarySelect },
    },
  });
  if (!contact) throw notFound('Contact');
  return { ...contact, ...(targetId !== id ? { mergedFromId: id } : {}), conversations: contact.conversations.map(toSummary) };
}
