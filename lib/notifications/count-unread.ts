// How many unread notifications a member has (the bell's badge). Uses the
// (recipientId, readAt, createdAt) index; capped so the badge query stays
// cheap for someone who never reads them ("99+").
import type { ScopedDb } from '@/lib/tenancy';

export const UNREAD_CAP = 100;

export async function countUnread(ctx: { db: ScopedDb }, membershipId: string): Promise<number> {
  const rows = await ctx.db.notification.findMany({ where: { recipientId: membershipId, readAt: null }, select: { id: true }, take: UNREAD_CAP });
  return rows.length;
}
