// Reads what the pure routing functions need about a team: its members with
// their languages, capacities, shifts, open counts and round-robin history,
// its manager, and (for SEV1 escalation) the workspace's senior people.
import type { Tx } from '@/lib/sla/apply-sla';
import type { Candidate } from './pick-assignee';

export type TeamRow = { id: string; key: string; name: string; assignmentMode: 'round_robin' | 'least_loaded' | 'manual'; managerId: string | null };

export type TeamRoster = {
  team: TeamRow;
  candidates: Candidate[];
  manager: { membershipId: string; name: string } | null;
};

// Open work a person holds; snoozed and resolved conversations do not count.
export const OPEN_STATUSES = ['open', 'pending'] as const;

const shiftSelect = { name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true } as const;

// Serialises assignment decisions within one team, so two routing jobs cannot
// both give the "longest ago" member a conversation or overfill a capacity.
export async function lockTeam(tx: Tx, teamId: string): Promise<void> {
  const key = `route-team:${teamId}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
}

export async function loadTeamRoster(tx: Tx, teamId: string, opts: { includeSeniors?: boolean } = {}): Promise<TeamRoster> {
  const team = await tx.team.findUniqueOrThrow({
    where: { id: teamId },
    select: {
      id: true,
      key: true,
      name: true,
      assignmentMode: true,
      managerId: true,
      manager: { select: { id: true, active: true, user: { select: { name: true } } } },
      members: {
        select: {
          capacity: true,
          lastAssignedAt: true,
          membership: { select: { id: true, active: true, isSenior: true, languages: true, capacity: true, user: { select: { name: true } }, shifts: { select: shiftSelect } } },
        },
      },
    },
  });
  const candidates: Candidate[] = team.members.map((m) => ({
    membershipId: m.membership.id,
    name: m.membership.user.name,
    active: m.membership.active,
    isSenior: m.membership.isSenior,
    languages: m.membership.languages,
    capacity: m.capacity ?? m.membership.capacity,
    openCount: 0,
    lastAssignedAt: m.lastAssignedAt,
    shifts: m.membership.shifts,
    inTeam: true,
  }));
  if (opts.includeSeniors) {
    const inTeam = new Set(candidates.map((c) => c.membershipId));
    const seniors = await tx.membership.findMany({
      where: { isSenior: true, active: true, id: { notIn: [...inTeam] } },
      select: { id: true, active: true, isSenior: true, languages: true, capacity: true, user: { select: { name: true } }, shifts: { select: shiftSelect } },
    });
    for (const s of seniors) {
      candidates.push({ membershipId: s.id, name: s.user.name, active: s.active, isSenior: true, languages: s.languages, capacity: s.capacity, openCount: 0, lastAssignedAt: null, shifts: s.shifts, inTeam: false });
    }
  }
  const counts = await tx.conversation.groupBy({
    by: ['assigneeId'],
    where: { assigneeId: { in: candidates.map((c) => c.membershipId) }, status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  });
  const open = new Map(counts.map((r) => [r.assigneeId, r._count._all]));
  for (const c of candidates) c.openCount = open.get(c.membershipId) ?? 0;
  const manager = team.manager?.active ? { membershipId: team.manager.id, name: team.manager.user.name } : null;
  const { manager: _m, members: _members, ...row } = team;
  return { team: row, candidates, manager };
}
