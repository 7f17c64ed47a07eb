// Sets a conversation's SLA due times from the policy that applies now, and
// schedules its timers: an `sla.check` delayed job for the warning and one for
// the breach of every target still running. Runs inside the caller's
// transaction (routing, triage follow-ups). Idempotent: due times that did not
// change schedule nothing, and a job id is derived from conversation + target
// + kind + due time, so a rescheduled deadline gets new jobs while the old
// ones find a different due time when they fire and do nothing.
import type { ScopedDb } from '@/lib/tenancy';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { conversationPriority } from '@/lib/triage/conversation-priority';
import { computeSlaDue, SLA_TARGET_LABEL, type TargetDue } from './compute-sla-due';
import { pickSlaPolicy } from './pick-sla-policy';
import { formatLocalTime } from './zoned-time';

export type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

export type ApplySlaResult = { policy: string | null; changed: boolean; scheduled: number; summaries: string[] };

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export function slaJobId(conversationId: string, target: string, kind: 'warning' | 'breach', dueAt: Date): string {
  return `sla-${conversationId}-${target}-${kind}-${dueAt.getTime()}`;
}

// `eventAt` places the timeline entry (callers writing several events in one step keep their order).
export async function applySla(tx: Tx, workspaceId: string, conversationId: string, now: Date, eventAt: Date = now): Promise<ApplySlaResult> {
  const c = await tx.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    include: { channel: { select: { provider: true } }, workspace: { select: { timezone: true } } },
  });
  const policies = await tx.slaPolicy.findMany({ where: { enabled: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const picked = pickSlaPolicy(policies, { severity: c.severity, provider: c.channel.provider });
  if (!picked) return { policy: null, changed: false, scheduled: 0, summaries: [] };

  // Resolution restarts when a resolved conversation is reopened.
  const reopened = c.resolvedAt
    ? null
    : await tx.conversationEvent.findFirst({
        where: { conversationId, kind: 'status', data: { path: ['to'], equals: 'open' } },
        orderBy: { createdAt: 'desc' },
        select: { createdAt: true },
      });
  const due = computeSlaDue(picked.policy, {
    status: c.status,
    createdAt: c.createdAt,
    reopenedAt: reopened?.createdAt ?? null,
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

  let scheduled = 0;
  const summaries: string[] = [];
  const tz = c.workspace.timezone;
  for (const t of changedTargets.filter((x) => x.pending)) {
    summaries.push(`${SLA_TARGET_LABEL[t.target]} due ${formatLocalTime(t.dueAt, tz, now)}`);
    for (const kind of ['warning', 'breach'] as const) {
      const fireAt = kind === 'warning' ? t.warnAt : t.dueAt;
      // A warning whose moment has passed is pointless next to the breach.
      if (kind === 'warning' && t.dueAt.getTime() <= now.getTime()) continue;
      await addOutboxJob(
        tx,
        'sla.check',
        { workspaceId, conversationId: c.id, kind, target: t.target, dueAt: t.dueAt.toISOString() },
        { jobId: slaJobId(c.id, t.target, kind, t.dueAt), priority: Math.min(4, Math.max(1, c.severity)), delayMs: Math.max(0, fireAt.getTime() - now.getTime()) },
      );
      scheduled++;
    }
  }
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
