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

// Serialises assignment decisions within one team, so two routing jobs cannot
// both give the "longest ago" member a conversation or overfill a capacity.
export async function lockTeam(tx: Tx, teamId: string): Promise<void> {
  const key = `route-team:${teamId}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
}

type RosterRow = {
  id: string;
  key: string;
  name: string;
  assignmentMode: TeamRow['assignmentMode'];
  managerId: string | null;
  manager: { membershipId: string; name: string } | null;
  candidates: (Omit<Candidate, 'lastAssignedAt'> & { lastAssignedAt: number | null })[];
};

// ONE statement (this runs for every routed conversation, inside the team lock,
// so every round trip there is time others wait): the team, its members (with
// their memberships, names and shifts), the seniors for an escalation, each
// person's open count and the active manager. Through the ORM this was ~9
// statements. Raw SQL scopes every table to the workspace itself.
export async function loadTeamRoster(tx: Tx, workspaceId: string, teamId: string, opts: { includeSeniors?: boolean } = {}): Promise<TeamRoster> {
  const [row] = await tx.$queryRaw<RosterRow[]>`
    WITH t AS (
      SELECT id, key, name, "assignmentMode"::text AS "assignmentMode", "managerId" FROM "Team" WHERE id = ${teamId} AND "workspaceId" = ${workspaceId}
    ), people AS (
      SELECT tm."membershipId" AS id, true AS "inTeam", tm.capacity AS "teamCapacity", tm."lastAssignedAt" FROM "TeamMember" tm JOIN t ON t.id = tm."teamId"
      UNION ALL
      SELECT m.id, false, NULL::int, NULL::timestamp(3) FROM "Membership" m
      WHERE ${opts.includeSeniors ?? false} AND m."workspaceId" = ${workspaceId} AND m."isSenior" AND m.active
        AND NOT EXISTS (SELECT 1 FROM "TeamMember" x WHERE x."teamId" = ${teamId} AND x."membershipId" = m.id)
    )
    SELECT t.*,
      (SELECT json_build_object('membershipId', mm.id, 'name', u.name) FROM "Membership" mm JOIN "User" u ON u.id = mm."userId"
       WHERE mm.id = t."managerId" AND mm."workspaceId" = ${workspaceId} AND mm.active) AS manager,
      COALESCE((
        SELECT json_agg(json_build_object(
          'membershipId', m.id, 'name', u.name, 'active', m.active, 'isSenior', m."isSenior", 'languages', m.languages,
          'capacity', COALESCE(p."teamCapacity", m.capacity), 'lastAssignedAt', (extract(epoch FROM p."lastAssignedAt") * 1000)::float8, 'inTeam', p."inTeam",
          'openCount', (SELECT count(*)::int FROM "Conversation" c WHERE c."workspaceId" = ${workspaceId} AND c."assigneeId" = m.id AND c.status IN ('open', 'pending')),
          'shifts', COALESCE((SELECT json_agg(json_build_object('name', s.name, 'timezone', s.timezone, 'weeklyHours', s."weeklyHours", 'onCall', s."onCall", 'teamId', s."teamId") ORDER BY s."createdAt", s.id)
                              FROM "Shift" s WHERE s."membershipId" = m.id AND s."workspaceId" = ${workspaceId}), '[]'::json)
        ) ORDER BY p."inTeam" DESC, m."createdAt", m.id)
        FROM people p JOIN "Membership" m ON m.id = p.id AND m."workspaceId" = ${workspaceId} JOIN "User" u ON u.id = m."userId"
      ), '[]'::json) AS candidates
    FROM t`;
  if (!row) throw new Error(`Team ${teamId} not found`);
  const { manager, candidates, ...team } = row;
  return {
    team,
    candidates: candidates.map((c) => ({ ...c, lastAssignedAt: c.lastAssignedAt === null ? null : new Date(c.lastAssignedAt) })),
    manager,
  };
}
