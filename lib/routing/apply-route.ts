// The routing worker's use case: after triage tagged a message, put its
// conversation in front of the right person, in ONE transaction — team,
// assignee (or a handoff to the next person on shift, or the team queue),
// Assignment history, round-robin timestamp, timeline events with reasons,
// notifications, SLA due times and their timers.
//
// Idempotent by design, because BullMQ delivers at least once and a worker
// may die mid-job: the conversation row is locked, its current state decides
// (already assigned → nothing to do; a handoff waiting → nothing to do), and
// a rolled-back transaction leaves no trace. Re-running a job gives the same
// state, never a second assignment. Follow-up messages only escalate (a new
// SEV1) and refresh SLA times; a conversation someone owns is not bounced.
import { scopedDb } from '@/lib/tenancy';
import { applySla, type Tx } from '@/lib/sla/apply-sla';
import { decideRoute, type RouteDecision } from './decide-route';
import { loadTeamRoster, lockTeam, type TeamRow } from './load-team-roster';
import { loadRouteState, lockConversation } from './load-route-state';
import { pickAssignee, type PickResult } from './pick-assignee';
import { labelForTags, planHandoff } from './plan-handoff';
import { recordAssignment } from './record-assignment';

export type RouteOutcome = 'assigned' | 'escalated' | 'handoff' | 'queued' | 'already_assigned' | 'awaiting_handoff' | 'no_team' | 'skipped';

export type RouteResult = {
  outcome: RouteOutcome;
  teamId: string | null;
  assigneeId: string | null;
  handoffId?: string;
  // Who got a notification (for the live bell).
  notified?: string[];
  reasons: string[];
};

type Conv = { id: string; teamId: string | null; assigneeId: string | null; severity: number; preview: string; subject: string | null; lastInboundAt: Date | null; createdAt: Date; contact: { name: string } };

export async function routeConversation(workspaceId: string, conversationId: string, opts: { now?: Date } = {}): Promise<RouteResult> {
  const now = opts.now ?? new Date();
  return scopedDb(workspaceId).$transaction(
    async (tx) => {
      if (!(await lockConversation(tx, workspaceId, conversationId))) return { outcome: 'skipped', teamId: null, assigneeId: null, reasons: ['conversation not found'] } satisfies RouteResult;
      const state = await loadRouteState(tx, workspaceId, conversationId);
      if (!state) return { outcome: 'skipped', teamId: null, assigneeId: null, reasons: ['conversation not found'] } satisfies RouteResult;
      const { c, tags, teams } = state;
      if (c.status === 'resolved') return { outcome: 'skipped', teamId: c.teamId, assigneeId: c.assigneeId, reasons: ['resolved'] } satisfies RouteResult;

      const decision = decideRoute({ tags, provider: state.provider, language: c.language, severity: c.severity }, state.rules, teams);
      const escalate = decision.escalate && !state.escalatedBefore;
      const openHandoff = state.openHandoff;

      // SLA first: it does not depend on who gets it, and keeping it out of the
      // team lock below keeps that critical section short. Its timeline entry
      // goes after the routing ones (routing at now, assignment at now + 1 ms).
      await applySla(tx, workspaceId, c.id, now, new Date(now.getTime() + 2), state.sla);

      const byKey = (key: string | null) => teams.find((t) => t.key === key) ?? null;
      // A team already set stays (an agent or an earlier routing chose it) unless a SEV1 escalation names another.
      const team = escalate && decision.teamKey ? byKey(decision.teamKey) : (teams.find((t) => t.id === c.teamId) ?? byKey(decision.teamKey));
      const ctx = { tx, workspaceId, now, c, decision, tags, timezone: state.timezone };

      let result: RouteResult;
      if (!team) {
        result = await recordNoTeam(ctx);
      } else if ((c.assigneeId || openHandoff) && !escalate) {
        if (!c.teamId) await recordTeam(ctx, team);
        result = { outcome: c.assigneeId ? 'already_assigned' : 'awaiting_handoff', teamId: team.id, assigneeId: c.assigneeId, reasons: decision.reasons };
      } else {
        result = await assignWithinTeam(ctx, team, escalate, Boolean(openHandoff));
      }
      return result;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

type Ctx = { tx: Tx; workspaceId: string; now: Date; c: Conv; decision: RouteDecision; tags: string[]; timezone: string };

async function assignWithinTeam(ctx: Ctx, team: TeamRow, escalate: boolean, hasHandoff: boolean): Promise<RouteResult> {
  const { tx, c, decision, now } = ctx;
  const eventAt = new Date(now.getTime() + 1); // timeline: after the "routed to" entry
  await lockTeam(tx, team.id);
  const teamChanged = c.teamId !== team.id;
  const roster = await loadTeamRoster(tx, ctx.workspaceId, team.id, { includeSeniors: escalate });
  const direct = decision.assigneeId ? roster.candidates.find((m) => m.membershipId === decision.assigneeId && m.active) : undefined;
  const pick: PickResult = direct
    ? { assignee: { membershipId: direct.membershipId, name: direct.name }, method: 'round_robin', reason: 'assigned by rule' }
    : pickAssignee({ teamId: team.id, teamName: team.name, mode: team.assignmentMode, escalate, requireLanguage: decision.requireLanguage, candidates: roster.candidates, manager: roster.manager, now });
  const reasons = [...decision.reasons, pick.reason];

  // Someone already owns it: only a real on-call pick may take it over.
  if (c.assigneeId && pick.method !== 'on_call') {
    return { outcome: 'already_assigned', teamId: c.teamId, assigneeId: c.assigneeId, reasons };
  }
  if (teamChanged) await recordTeam(ctx, team, !pick.assignee);

  if (pick.assignee) {
    const escalated = pick.method === 'on_call';
    const method = direct ? 'rule' : escalated ? 'escalation' : pick.method;
    const what = `${ctx.c.contact.name}: ${(c.subject || c.preview).slice(0, 140)}`;
    const ok = await recordAssignment(tx, {
      workspaceId: ctx.workspaceId,
      conversationId: c.id,
      expectedAssigneeId: c.assigneeId,
      teamId: team.id,
      to: pick.assignee,
      method,
      reason: pick.reason,
      summary: escalated ? `escalated to ${pick.assignee.name} (${pick.reason})` : `assigned to ${pick.assignee.name} (${pick.reason})`,
      eventKind: escalated ? 'escalation' : 'assignment',
      notification: escalated
        ? { kind: 'escalation', title: `SEV${c.severity} escalated to you`, body: `${what}\n${pick.reason}` }
        : { kind: 'assignment', title: `New conversation for you in ${team.name}`, body: `${what}\n${pick.reason}` },
      now,
      eventAt,
    });
    if (!ok) throw new Error('conversation changed during routing'); // cannot happen under the row lock; retry if it does
    return { outcome: escalated ? 'escalated' : 'assigned', teamId: team.id, assigneeId: pick.assignee.membershipId, notified: [pick.assignee.membershipId], reasons };
  }

  // Nobody to give it to now. Off shift (or no speaker on shift): hand it to the next person on shift.
  if ((pick.blocked === 'off_shift' || pick.blocked === 'language') && !hasHandoff) {
    const plan = planHandoff({
      teamId: team.id,
      teamName: team.name,
      label: labelForTags(ctx.tags),
      arrivedAt: c.lastInboundAt ?? c.createdAt,
      workspaceTimezone: ctx.timezone,
      requireLanguage: pick.language ?? decision.requireLanguage,
      members: roster.candidates,
      now,
    });
    if (plan.to) {
      const handoff = await tx.handoff.create({ data: { workspaceId: ctx.workspaceId, conversationId: c.id, teamId: team.id, toId: plan.to.membershipId, note: plan.note, createdAt: now } });
      await event(ctx, 'handoff', `waiting in the ${team.name} queue with a handoff to ${plan.to.name}: ${plan.note}`, { handoffId: handoff.id, toId: plan.to.membershipId, startsAt: plan.startsAt?.toISOString() }, eventAt);
      await tx.notification.create({
        data: { workspaceId: ctx.workspaceId, recipientId: plan.to.membershipId, kind: 'handoff', title: `Handoff waiting for you in ${team.name}`, body: plan.note, conversationId: c.id, dedupeKey: `handoff:${handoff.id}`, createdAt: now },
      });
      return { outcome: 'handoff', teamId: team.id, assigneeId: null, handoffId: handoff.id, notified: [plan.to.membershipId], reasons: [...reasons, plan.note] };
    }
    reasons.push(plan.note);
  }
  if (teamChanged) await event(ctx, 'routing', `waiting in the ${team.name} queue: ${reasons[reasons.length - 1]}`, { blocked: pick.blocked }, eventAt);
  return { outcome: 'queued', teamId: team.id, assigneeId: null, reasons };
}

// Sets the team and explains why (history row + timeline).
async function recordTeam(ctx: Ctx, team: TeamRow, unassigned = false) {
  await ctx.tx.conversation.update({ where: { id: ctx.c.id }, data: { teamId: team.id } });
  const reason = team.key === ctx.decision.teamKey ? ctx.decision.teamReason : 'kept the team it already had';
  if (unassigned) {
    await ctx.tx.assignment.create({
      data: { workspaceId: ctx.workspaceId, conversationId: ctx.c.id, fromId: ctx.c.assigneeId, toId: ctx.c.assigneeId, teamId: team.id, method: 'rule', reason, createdAt: ctx.now },
    });
  }
  await event(ctx, 'routing', `routed to ${team.name} (${reason})`, { teamId: team.id, teamKey: team.key, reasons: ctx.decision.reasons });
}

async function recordNoTeam(ctx: Ctx): Promise<RouteResult> {
  // Said once on the timeline, not again for every follow-up.
  const said = await ctx.tx.conversationEvent.count({ where: { conversationId: ctx.c.id, kind: 'routing' } });
  if (!said) await event(ctx, 'routing', `not routed: ${ctx.decision.teamReason}`, { reasons: ctx.decision.reasons });
  return { outcome: 'no_team', teamId: null, assigneeId: ctx.c.assigneeId, reasons: ctx.decision.reasons };
}

async function event(ctx: Ctx, kind: string, summary: string, data: Record<string, unknown>, at: Date = ctx.now) {
  await ctx.tx.conversationEvent.create({ data: { workspaceId: ctx.workspaceId, conversationId: ctx.c.id, kind, summary, data: data as object, createdAt: at } });
}
