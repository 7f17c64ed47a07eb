// Delivers SLA alerts without alert storms. Each recipient gets at most one
// new SLA notification of a kind (warning or breach) per cooldown: alerts
// that arrive within COOLDOWN_MS of an unread one fold into it, which then
// reads "5 conversations breached their first response" and lists them.
// Serialised per recipient and kind, so concurrent timers cannot both open
// a new notification.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from './apply-sla';
import { SLA_TARGET_LABEL, type SlaTarget } from './compute-sla-due';

export const COOLDOWN_MS = 5 * 60_000;
const LISTED = 10;

export type SlaAlertItem = { conversationId: string; target: SlaTarget; label: string; dueAt: string };
type DigestData = { items: SlaAlertItem[]; windowStart: string };

export async function notifySla(
  tx: Tx,
  a: { workspaceId: string; recipientId: string; kind: 'sla_warning' | 'sla_breach'; item: SlaAlertItem; single: { title: string; body: string }; now: Date },
): Promise<'created' | 'folded' | 'duplicate'> {
  const lockKey = `sla-notify:${a.recipientId}:${a.kind}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))) AS l`;
  const open = await tx.notification.findFirst({
    where: { recipientId: a.recipientId, kind: a.kind, readAt: null, createdAt: { gte: new Date(a.now.getTime() - COOLDOWN_MS) }, dedupeKey: { startsWith: 'sla:' } },
    orderBy: { createdAt: 'desc' },
  });
  if (!open) {
    const data: DigestData = { items: [a.item], windowStart: a.now.toISOString() };
    await tx.notification.create({
      data: {
        workspaceId: a.workspaceId,
        recipientId: a.recipientId,
        kind: a.kind,
        title: a.single.title,
        body: a.single.body,
        conversationId: a.item.conversationId,
        dedupeKey: `sla:${a.kind}:${a.item.conversationId}:${a.item.target}:${a.item.dueAt}:${a.recipientId}`,
        data: data as unknown as Prisma.InputJsonValue,
        createdAt: a.now,
      },
    });
    return 'created';
  }
  const data = (open.data ?? {}) as Partial<DigestData>;
  const items = data.items ?? [];
  if (items.some((i) => i.conversationId === a.item.conversationId && i.target === a.item.target && i.dueAt === a.item.dueAt)) return 'duplicate';
  items.push(a.item);
  await tx.notification.update({
    where: { id: open.id },
    data: { ...digestText(a.kind, items), conversationId: null, data: { items, windowStart: data.windowStart ?? open.createdAt.toISOString() } as unknown as Prisma.InputJsonValue },
  });
  return 'folded';
}

export function digestText(kind: 'sla_warning' | 'sla_breach', items: SlaAlertItem[]): { title: string; body: string } {
  const conversations = new Set(items.map((i) => i.conversationId)).size;
  const targets = [...new Set(items.map((i) => i.target))];
  const what = targets.length === 1 ? `their ${SLA_TARGET_LABEL[targets[0]]}` : 'their SLA';
  const title =
    kind === 'sla_breach'
      ? `${conversations} conversations breached ${what}`
      : `${conversations} conversations are close to ${targets.length === 1 ? `${what} deadline` : 'their SLA deadlines'}`;
  const lines = items.slice(0, LISTED).map((i) => `• ${i.label} (${SLA_TARGET_LABEL[i.target]})`);
  if (items.length > LISTED) lines.push(`… and ${items.length - LISTED} more`);
  return { title, body: lines.join('\n') };
}
