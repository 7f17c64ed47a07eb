// Sets a conversation's SLA due times from the policy that applies now, and
// schedules its timers: an `sla.check` delayed job for the warning and one for
// the breach of every target still running. Runs inside the caller's
// transaction (routing, triage follow-ups). Idempotent: due times that did not
// change schedule nothing, and a job id is derived from conversation + target
// + kind + due time, so a rescheduled deadline gets new jobs while the old
// ones find a different due time when they fire and do nothing.
import { Prisma } from '@/lib/generated/prisma/client';
import type { ScopedDb } from '@/lib/tenancy';
import { jobs } from '@/lib/queue/registry';
import { conversationPriority } from '@/lib/triage/conversation-priority';
import { computeSlaDue, SLA_TARGET_LABEL, type SlaFacts, type TargetDue } from './compute-sla-due';
import { pickSlaPolicy, type SlaPolicyLike } from './pick-sla-policy';
import { formatLocalTime } from './zoned-time';

export type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

export type ApplySlaResult = { policy: string | null; changed: boolean; scheduled: number; summaries: string[] };

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export function slaJobId(conversationId: string, target: string, kind: 'warning' | 'breach', dueAt: Date): string {
  return `sla-${conversationId}-${target}-${kind}-${dueAt.getTime()}`;
}

// What applySla reads: the conversation, its channel's provider, the workspace's
// time zone and enabled policies (oldest first), and when it was last reopened.
export type SlaState = {
  conversation: {
    id: string;
    severity: number;
    priority: number;
    status: SlaFacts['status'];
    createdAt: Date;
    resolvedAt: Date | null;
    firstResponseAt: Date | null;
    waitingSince: Date | null;
    firstResponseDueAt: Date | null;
    nextResponseDueAt: Date | null;
    resolutionDueAt: Date | null;
  };
  provider: string;
  timezone: string;
  policies: SlaPolicyLike[];
  // Resolution restarts when a resolved conversation is reopened (null while resolved).
  reopenedAt: Date | null;
};

// The SQL pieces of SlaState for a conversation row `c` of workspace ws, shared
// with routing's one-statement load (lib/routing/load-route-state.ts).
export const slaPolicyJson = (workspaceId: string) => Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'severity', p.severity, 'provider', p.provider, 'firstResponseMinutes', p."firstResponseMinutes",
      'nextResponseMinutes', p."nextResponseMinutes", 'resolutionMinutes', p."resolutionMinutes", 'businessHoursOnly', p."businessHoursOnly",
      'businessHours', p."businessHours", 'enabled', p.enabled) ORDER BY p."createdAt", p.id)
    FROM "SlaPolicy" p WHERE p."workspaceId" = ${workspaceId} AND p.enabled), '[]'::json)`;
export const reopenedAtSql = (workspaceId: string) => Prisma.sql`CASE WHEN c."resolvedAt" IS NULL THEN (
    SELECT max(e."createdAt") FROM "ConversationEvent" e
    WHERE e."conversationId" = c.id AND e."workspaceId" = ${workspaceId} AND e.kind = 'status' AND e.data -> 'to' = '"open"'::jsonb) END`;
export const slaConversationColumns = Prisma.sql`c.id, c.severity, c.priority, c.status::text AS status, c."createdAt", c."resolvedAt", c."firstResponseAt", c."waitingSince",
    c."firstResponseDueAt", c."nextResponseDueAt", c."resolutionDueAt"`;

type SlaRow = SlaState['conversation'] & { provider: string; timezone: string; policies: SlaPolicyLike[]; reopenedAt: Date | null };

export function slaStateOf(row: SlaRow): SlaState {
  const { provider, timezone, policies, reopenedAt, ...rest } = row;
  const conversation: SlaState['conversation'] = {
    id: rest.id, severity: rest.severity, priority: rest.priority, status: rest.status, createdAt: rest.createdAt, resolvedAt: rest.resolvedAt,
    firstResponseAt: rest.firstResponseAt, waitingSince: rest.waitingSince, firstResponseDueAt: rest.firstResponseDueAt,
    nextResponseDueAt: rest.nextResponseDueAt, resolutionDueAt: rest.resolutionDueAt,
  };
  return { conversation, provider, timezone, policies, reopenedAt };
}

// One statement (it was five through the ORM).
export async function loadSlaState(tx: Tx, workspaceId: string, conversationId: string): Promise<SlaState> {
  const [row] = await tx.$queryRaw<SlaRow[]>`
    SELECT ${slaConversationColumns}, ch.provider::text AS provider, w.timezone, ${slaPolicyJson(workspaceId)} AS policies, ${reopenedAtSql(workspaceId)} AS "reopenedAt"
    FROM "Conversation" c JOIN "Channel" ch ON ch.id = c."channelId" JOIN "Workspace" w ON w.id = c."workspaceId"
    WHERE c.id = ${conversationId} AND c."workspaceId" = ${workspaceId}`;
  if (!row) throw new Error(`Conversation ${conversationId} not found`);
  return slaStateOf(row);
}

// `eventAt` places the timeline entry (callers writing several events in one step keep their order).
// `state`: what the caller already read in this transaction (routing does), else read here.
export async function applySla(tx: Tx, workspaceId: string, conversationId: string, now: Date, eventAt: Date = now, state?: SlaState): Promise<ApplySlaResult> {
  const { conversation: c, provider, timezone, policies, reopenedAt } = state ?? (await loadSlaState(tx, workspaceId, conversationId));
  const picked = pickSlaPolicy(policies, { severity: c.severity, provider });
  if (!picked) return { policy: null, changed: false, scheduled: 0, summaries: [] };

  const due = computeSlaDue(picked.policy, {
    status: c.status,
    createdAt: c.createdAt,
    reopenedAt,
    firstResponseAt: c.firstResponseAt,
    waitingSince: c.waitingSince,
  });

  const stored: Record<TargetDue['target'], Date | null> = {
    first_response: c.firstResponseDueAt,
    next_response: c.nextResponseDueAt,
    resolution: c.resolutionDueAt,
  };
  const changedTargets = due.targets.filter((t) => !same(stored[t.target], t.dueAt));
  const nullified = (!due.nextResponseDueAt && c.nextResponseDueAt) || (!due.resolutionDueAt && c.resolutionDueAt);
  // The same score triage writes (lib/triage/conversation-priority), with the new due times.
  const priority = conversationPriority({ ...c, ...due }, c.severity, now).score;
  if (!changedTargets.length && !nullified) {
    if (priority !== c.priority) await tx.conversation.update({ where: { id: c.id }, data: { priority } });
    return { policy: picked.policy.name, changed: false, scheduled: 0, summaries: [] };
  }

  await tx.conversation.update({
    where: { id: c.id },
    data: { firstResponseDueAt: due.firstResponseDueAt, nextResponseDueAt: due.nextResponseDueAt, resolutionDueAt: due.resolutionDueAt, priority },
  });

  // The timers, as one multi-row insert (one round trip however many targets changed).
  const timers: Prisma.OutboxCreateManyInput[] = [];
  const summaries: string[] = [];
  const tz = timezone;
  for (const t of changedTargets.filter((x) => x.pending)) {
    summaries.push(`${SLA_TARGET_LABEL[t.target]} due ${formatLocalTime(t.dueAt, tz, now)}`);
    for (const kind of ['warning', 'breach'] as const) {
      const fireAt = kind === 'warning' ? t.warnAt : t.dueAt;
      // A warning whose moment has passed is pointless next to the breach.
      if (kind === 'warning' && t.dueAt.getTime() <= now.getTime()) continue;
      const payload = { workspaceId, conversationId: c.id, kind, target: t.target, dueAt: t.dueAt.toISOString() };
      jobs['sla.check'].payload.parse(payload); // as addOutboxJob does
      timers.push({
        workspaceId, queue: jobs['sla.check'].queue, job: 'sla.check', payload: payload as Prisma.InputJsonValue,
        jobId: slaJobId(c.id, t.target, kind, t.dueAt), priority: Math.min(4, Math.max(1, c.severity)), delayMs: Math.max(0, fireAt.getTime() - now.getTime()),
      });
    }
  }
  if (timers.length) await tx.outbox.createMany({ data: timers });
  const scheduled = timers.length;
  if (summaries.length) {
    await tx.conversationEvent.create({
      data: {
        workspaceId,
        conversationId: c.id,
        kind: 'sla',
        summary: `${summaries.join(' · ')} (${picked.reason}${due.businessHours ? ', business hours' : ''})`,
        data: { policyId: picked.policy.id, targets: changedTargets.map((t) => ({ target: t.target, dueAt: t.dueAt.toISOString(), warnAt: t.warnAt.toISOString(), pending: t.pending })) },
        createdAt: eventAt,
      },
    });
  }
  return { policy: picked.policy.name, changed: true, scheduled, summaries };
}
