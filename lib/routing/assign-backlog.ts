// When an agent frees up (a conversation resolved or unassigned, capacity
// raised, a shift starting), the team's waiting conversations are assigned:
// most urgent (priority) first, then oldest, up to each member's capacity,
// with the same pure pick as routing (shifts, languages, round robin or least
// loaded). Conversations waiting for a handoff stay for the person who is to
// accept them. Safe to run any number of times, concurrently: the team lock
// serialises the picks and rows being routed right now are skipped.
import { db as globalDb } from '@/lib/db';
import { scopedDb, type ScopedDb } from '@/lib/tenancy';
import { formatMinutes } from '@/lib/triage/compute-priority';
import { decideRoute } from './decide-route';
import { loadTeamRoster, lockTeam } from './load-team-roster';
import { pickAssignee } from './pick-assignee';
import { recordAssignment } from './record-assignment';

export type BacklogResult = { teams: number; assigned: number; assignments: { conversationId: string; assigneeId: string; reason: string }[] };

const BATCH = 50;

type BacklogConv = {
  id: string;
  language: string | null;
  severity: number;
  subject: string | null;
  preview: string;
  waitingSince: Date | null;
  createdAt: Date;
  channel: { provider: string };
  contact: { name: string };
  tagApplications: { tag: { key: string } }[];
};

export async function assignBacklog(workspaceId: string, opts: { teamId?: string; now?: Date } = {}): Promise<BacklogResult> {
  const now = opts.now ?? new Date();
  const db = scopedDb(workspaceId);
  const teamIds = opts.teamId
    ? [opts.teamId]
    : (await db.conversation.groupBy({ by: ['teamId'], where: { status: 'open', assigneeId: null, teamId: { not: null } } })).map((r) => r.teamId!);
  const result: BacklogResult = { teams: teamIds.length, assigned: 0, assignments: [] };
  for (const teamId of teamIds) {
    const done = await assignTeamBacklog(db, workspaceId, teamId, now);
    result.assigned += done.length;
    result.assignments.push(...done);
  }
  return result;
}

async function assignTeamBacklog(db: ScopedDb, workspaceId: string, teamId: string, now: Date) {
  return db.$transaction(
    async (tx) => {
      await lockTeam(tx, teamId);
      const waiting = await tx.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM "Conversation" c
        WHERE c."workspaceId" = ${workspaceId} AND c."teamId" = ${teamId} AND c.status = 'open' AND c."assigneeId" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = c.id AND h."acceptedAt" IS NULL AND h."cancelledAt" IS NULL)
        ORDER BY c.priority DESC, c."createdAt" ASC
        LIMIT ${BATCH}
        FOR UPDATE OF c SKIP LOCKED`;
      if (!waiting.length) return [];
      // One statement (the ORM's include ran its relation queries at once on the
      // transaction's single connection). Raw SQL scopes by workspaceId itself.
      const convs = await tx.$queryRaw<BacklogConv[]>`
        SELECT c.id, c.language, c.severity, c.subject, c.preview, c."waitingSince", c."createdAt",
               json_build_object('provider', ch.provider) AS channel, json_build_object('name', ct.name) AS contact,
               COALESCE((SELECT json_agg(json_build_object('tag', json_build_object('key', t.key)) ORDER BY a."appliedAt", a.id)
                         FROM "TagApplication" a JOIN "Tag" t ON t.id = a."tagId"
                         WHERE a."conversationId" = c.id AND a."workspaceId" = ${workspaceId} AND a."removedAt" IS NULL), '[]'::json) AS "tagApplications"
        FROM "Conversation" c JOIN "Channel" ch ON ch.id = c."channelId" JOIN "Contact" ct ON ct.id = c."contactId"
        WHERE c.id = ANY(${waiting.map((w) => w.id)}) AND c."workspaceId" = ${workspaceId}`;
      const order = new Map(waiting.map((w, i) => [w.id, i]));
      convs.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      const rules = await tx.routingRule.findMany({ where: { enabled: true } });
      const teams = await tx.team.findMany({ select: { key: true, name: true } });
      const roster = await loadTeamRoster(tx, workspaceId, teamId, { includeSeniors: convs.some((c) => c.severity === 1) });

      const done: BacklogResult['assignments'] = [];
      for (const c of convs) {
        const tags = c.tagApplications.map((t) => t.tag.key);
        const decision = decideRoute({ tags, provider: c.channel.provider, language: c.language, severity: c.severity }, rules, teams);
        const pick = pickAssignee({
          teamId,
          teamName: roster.team.name,
          mode: roster.team.assignmentMode,
          escalate: decision.escalate,
          requireLanguage: decision.requireLanguage,
          candidates: roster.candidates,
          manager: roster.manager,
          now,
        });
        if (!pick.assignee) {
          // Nobody at all can take work now: stop. A language gap only blocks this one.
          if (pick.blocked === 'language') continue;
          break;
        }
        const waited = formatMinutes((now.getTime() - (c.waitingSince ?? c.createdAt).getTime()) / 60_000);
        const escalated = pick.method === 'on_call';
        const reason = `${pick.reason}; from the ${roster.team.name} queue after ${waited}`;
        const ok = await recordAssignment(tx, {
          workspaceId,
          conversationId: c.id,
          expectedAssigneeId: null,
          teamId,
          to: pick.assignee,
          method: escalated ? 'escalation' : 'backlog',
          reason,
          summary: `${escalated ? 'escalated' : 'assigned'} to ${pick.assignee.name} (${reason})`,
          eventKind: escalated ? 'escalation' : 'assignment',
          notification: {
            kind: escalated ? 'escalation' : 'assignment',
            title: `Assigned to you from the ${roster.team.name} queue`,
            body: `${c.contact.name}: ${(c.subject || c.preview).slice(0, 140)}\n${reason}`,
          },
          now,
        });
        if (!ok) continue;
        const member = roster.candidates.find((m) => m.membershipId === pick.assignee!.membershipId)!;
        member.openCount++;
        if (member.inTeam) member.lastAssignedAt = now;
        done.push({ conversationId: c.id, assigneeId: member.membershipId, reason });
      }
      return done;
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}

// The periodic sweep (sla.tick): every team that has conversations waiting,
// across workspaces, bounded per tick. Catches shift starts and capacity
// changes that no event announced.
export async function assignWaitingBacklogs(now: Date = new Date(), maxTeams = 200): Promise<{ teams: number; assigned: number }> {
  const pairs = await globalDb.$queryRaw<{ workspaceId: string; teamId: string }[]>`
    SELECT DISTINCT "workspaceId", "teamId" FROM "Conversation"
    WHERE status = 'open' AND "assigneeId" IS NULL AND "teamId" IS NOT NULL
    LIMIT ${maxTeams}`;
  let assigned = 0;
  for (const p of pairs) assigned += (await assignBacklog(p.workspaceId, { teamId: p.teamId, now })).assigned;
  return { teams: pairs.length, assigned };
}
