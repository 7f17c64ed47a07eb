// Delivery and read receipts for our outbound messages. Statuses only move
// forward (queued → sending → sent → delivered → read): providers deliver
// callbacks out of order, and a late "sent" must never overwrite "read".
// Each update is one conditional UPDATE, so concurrent callbacks cannot race.
import { db } from '@/lib/db';
import type { DeliveryStatus } from '@/lib/generated/prisma/enums';
import { publishMessageUpdated } from '@/lib/live/publish-conversation-event';

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
  const updated = await db.message.updateManyAndReturn({
    where: { channelId, providerMessageId: u.providerMessageId, direction: 'out', status: { in: replaceableBy(u.status) } },
    data,
    select: { id: true, workspaceId: true, conversationId: true },
  });
  const count = updated.length;
  for (const m of updated) void publishMessageUpdated(m.workspaceId, m.conversationId, m.id, u.status);
  // A read receipt implies delivery; keep deliveredAt filled for reports.
  if (count && u.status === 'read') {
    await db.message.updateMany({ where: { channelId, providerMessageId: u.providerMessageId, deliveredAt: null }, data: { deliveredAt: u.at } });
  }
  if (!count) {
    // The receipt may have beaten the outbound worker to recording the
    // provider's id: keep it, and replay it when the id is recorded.
    const known = await db.message.count({ where: { channelId, providerMessageId: u.providerMessageId } });
    if (!known) {
      await db.pendingDeliveryStatus.create({
        data: { channelId, providerMessageId: u.providerMessageId, status: u.status, at: u.at, error: u.error?.slice(0, 1000) },
      });
    }
  }
  return count > 0;
}

// Called once the outbound worker has recorded providerMessageId for a message.
export async function replayPendingStatuses(channelId: string, providerMessageId: string): Promise<number> {
  const pending = await db.pendingDeliveryStatus.findMany({ where: { channelId, providerMessageId }, orderBy: { at: 'asc' } });
  for (const p of pending) {
    await applyDeliveryStatus(channelId, { providerMessageId, status: p.status as StatusUpdate['status'], at: p.at, error: p.error ?? undefined });
  }
  if (pending.length) await db.pendingDeliveryStatus.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } });
  return pending.length;
}

export async function purgePendingStatuses(olderThan = new Date(Date.now() - 86_400_000)): Promise<number> {
  const { count } = await db.pendingDeliveryStatus.deleteMany({ where: { createdAt: { lt: olderThan } } });
  return count;
}
