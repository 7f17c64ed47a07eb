// Turns a Messenger/Instagram receipt into delivery statuses for our outbound
// DMs. A delivery with mids names them; a watermark (Messenger) or the mid of
// the last message read (Instagram) means "everything we sent this customer
// up to here". We compare with createdAt, the moment the agent pressed send:
// it always precedes Meta's timestamp of the same message, whereas our sentAt
// is recorded a little after Meta's. Comment replies (conversations with a
// thread key) never get DM receipts. Three indexed lookups (identity →
// the customer's DM conversations on this channel → their messages), so a
// busy channel is never scanned.
import { db } from '@/lib/db';
import type { Channel } from '@/lib/generated/prisma/client';
import type { StatusUpdate } from '@/lib/ingest/apply-delivery-status';
import type { MetaReceipt } from '@/lib/channels/meta/meta-event';

const MAX_PER_RECEIPT = 500;

export async function receiptStatuses(channel: Pick<Channel, 'id' | 'workspaceId' | 'provider'>, r: MetaReceipt): Promise<StatusUpdate[]> {
  if (r.mids?.length) return r.mids.map((mid) => ({ providerMessageId: mid, status: r.status, at: r.at }));
  let cutoff = r.watermark;
  if (!cutoff && r.mid) {
    const last = await db.message.findFirst({ where: { channelId: channel.id, providerMessageId: r.mid, direction: 'out' }, select: { createdAt: true } });
    cutoff = last?.createdAt;
  }
  if (!cutoff) return [];
  const identity = await db.contactIdentity.findUnique({
    where: { workspaceId_provider_externalId: { workspaceId: channel.workspaceId, provider: channel.provider, externalId: r.customerId } },
    select: { contactId: true },
  });
  if (!identity) return [];
  const conversations = await db.conversation.findMany({ where: { channelId: channel.id, contactId: identity.contactId, threadKey: null }, select: { id: true } });
  if (!conversations.length) return [];
  const rows = await db.message.findMany({
    where: {
      conversationId: { in: conversations.map((c) => c.id) },
      direction: 'out',
      providerMessageId: { not: null },
      status: { in: r.status === 'read' ? ['sent', 'delivered'] : ['sent'] },
      createdAt: { lte: cutoff },
    },
    select: { providerMessageId: true },
    orderBy: { createdAt: 'desc' },
    take: MAX_PER_RECEIPT,
  });
  return rows.map((m) => ({ providerMessageId: m.providerMessageId!, status: r.status, at: r.at }));
}
