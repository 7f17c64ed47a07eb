// Delivery and read receipts for our outbound messages. Statuses only move
// forward (queued → sending → sent → delivered → read): providers deliver
// callbacks out of order, and a late "sent" must never overwrite "read".
// Each update is one conditional UPDATE, so concurrent callbacks cannot race.
import { db } from '@/lib/db';
import type { DeliveryStatus } from '@/lib/generated/prisma/enums';

export type StatusUpdate = { providerMessageId: string; status: 'sent' | 'delivered' | 'read' | 'failed'; at: Date; error?: string };

const order: DeliveryStatus[] = ['queued', 'sending', 'sent', 'delivered', 'read'];

// Statuses a message may be in for `next` to replace it.
export function replaceableBy(next: StatusUpdate['status']): DeliveryStatus[] {
  // A failure report wins over anything short of delivered: once the customer
  // has the message, a stray failure callback is noise.
  if (next === 'failed') return ['queued', 'sending', 'sent'];
  return order.slice(0, order.indexOf(next)).concat(next === 'sent' ? [] : ['failed']);
}

export async function applyDeliveryStatus(channelId: string, u: StatusUpdate): Promise<boolean> {
  const data: Record<string, unknown> = { status: u.status };
  if (u.status === 'delivered') data.deliveredAt = u.at;
  if (u.status === 'read') data.readAt = u.at;
  if (u.status === 'failed') data.providerError = (u.error ?? 'The provider reported a failure').slice(0, 1000);
  else data.providerError = null;
  const { count } = await db.message.updateMany({
    where: { channelId, providerMessageId: u.providerMessageId, direction: 'out', status: { in: replaceableBy(u.status) } },
    data,
  });
  // A read receipt implies delivery; keep deliveredAt filled for reports.
  if (count && u.status === 'read') {
    await db.message.updateMany({ where: { channelId, providerMessageId: u.providerMessageId, deliveredAt: null }, data: { deliveredAt: u.at } });
  }
  return count > 0;
}
