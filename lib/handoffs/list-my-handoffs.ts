// The handoffs waiting for one person: handed to them by name, or to a team
// of theirs without a name. Oldest first.
import { listOpenHandoffs, type OpenHandoff } from '@/lib/routing/list-open-handoffs';
import type { ScopedDb } from '@/lib/tenancy';

export async function listMyHandoffs(ctx: { db: ScopedDb }, membershipId: string, now: Date = new Date()): Promise<OpenHandoff[]> {
  const teams = await ctx.db.teamMember.findMany({ where: { membershipId }, select: { teamId: true } });
  const lists = await Promise.all([
    listOpenHandoffs(ctx, { toId: membershipId, now }),
    ...teams.map((t) => listOpenHandoffs(ctx, { teamId: t.teamId, now }).then((l) => l.filter((h) => !h.to))),
  ]);
  const byId = new Map(lists.flat().map((h) => [h.id, h]));
  return [...byId.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}
