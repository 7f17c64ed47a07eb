// What the assign picker offers: every active member (name, teams, how many
// open conversations they hold now, against their capacity) and every team
// (with its open, unassigned queue). Two grouped counts, so it stays cheap
// however many conversations the workspace has.
import type { ScopedDb } from '@/lib/tenancy';

export type AssignTargets = {
  members: { id: string; name: string; teams: string[]; openCount: number; capacity: number }[];
  teams: { id: string; name: string; waiting: number }[];
};

export async function listAssignTargets(ctx: { db: ScopedDb }): Promise<AssignTargets> {
  const [members, teams, load, waiting] = await Promise.all([
    ctx.db.membership.findMany({
      where: { active: true },
      select: { id: true, capacity: true, user: { select: { name: true } }, teams: { select: { team: { select: { name: true } } } } },
    }),
    ctx.db.team.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    ctx.db.conversation.groupBy({ by: ['assigneeId'], where: { status: { in: ['open', 'pending'] }, assigneeId: { not: null } }, _count: { _all: true } }),
    ctx.db.conversation.groupBy({ by: ['teamId'], where: { status: 'open', assigneeId: null, teamId: { not: null } }, _count: { _all: true } }),
  ]);
  const loadOf = new Map(load.map((l) => [l.assigneeId, l._count._all]));
  const waitingOf = new Map(waiting.map((w) => [w.teamId, w._count._all]));
  return {
    members: members
      .map((m) => ({ id: m.id, name: m.user.name, teams: m.teams.map((t) => t.team.name).sort(), openCount: loadOf.get(m.id) ?? 0, capacity: m.capacity }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    teams: teams.map((t) => ({ id: t.id, name: t.name, waiting: waitingOf.get(t.id) ?? 0 })),
  };
}
