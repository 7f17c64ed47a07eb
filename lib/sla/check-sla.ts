// The `sla.check` job: a warning or breach timer fired. If the deadline it
// was set for is still running (same due time, not answered, not resolved),
// record the alert once (SlaAlert's unique key makes re-delivery a no-op),
// mark the conversation (slaWarnedAt / slaBreachedAt), write the timeline and
// tell the assignee (or, while it waits for a handoff, the person it is
// handed to) and the team's manager — through the storm control in notify-sla.
// A stale timer (answered in time, rescheduled, resolved) does nothing.
import { scopedDb } from '@/lib/tenancy';
import { SLA_TARGET_LABEL, type SlaTarget } from './compute-sla-due';
import { notifySla } from './notify-sla';
import { formatLocalTime } from './zoned-time';

type CheckRow = {
  id: string;
  status: string;
  assigneeId: string | null;
  subject: string | null;
  preview: string;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  waitingSince: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaBreachedAt: Date | null;
  team: { managerId: string | null } | null;
  contact: { name: string };
  workspace: { timezone: string };
  channel: { provider: string };
};

export type SlaCheck = { workspaceId: string; conversationId: string; kind: 'warning' | 'breach'; dueAt: string; target?: SlaTarget };
export type SlaCheckOutcome = 'alerted' | 'stale' | 'early' | 'late' | 'duplicate' | 'missing';

export async function checkSla(job: SlaCheck, now: Date = new Date()): Promise<{ outcome: SlaCheckOutcome; target?: SlaTarget; recipients?: string[] }> {
  const dueAt = new Date(job.dueAt);
  const db = scopedDb(job.workspaceId);
  return db.$transaction(async (tx) => {
    // One statement. (Through the ORM, this include ran four queries at once on
    // the transaction's single connection: pg's "client.query() when the client
    // is already executing a query" deprecation.) Raw SQL scopes by workspaceId itself.
    const [c] = await tx.$queryRaw<CheckRow[]>`
      SELECT c.id, c.status::text AS status, c."assigneeId", c.subject, c.preview, c."firstResponseAt", c."firstResponseDueAt", c."waitingSince",
             c."nextResponseDueAt", c."resolutionDueAt", c."slaBreachedAt",
             CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('managerId', t."managerId") END AS team,
             json_build_object('name', ct.name) AS contact, json_build_object('timezone', w.timezone) AS workspace, json_build_object('provider', ch.provider) AS channel
      FROM "Conversation" c
      JOIN "Contact" ct ON ct.id = c."contactId"
      JOIN "Workspace" w ON w.id = c."workspaceId"
      JOIN "Channel" ch ON ch.id = c."channelId"
      LEFT JOIN "Team" t ON t.id = c."teamId" AND t."workspaceId" = ${job.workspaceId}
      WHERE c.id = ${job.conversationId} AND c."workspaceId" = ${job.workspaceId}`;
    if (!c) return { outcome: 'missing' as const };
    const running: Record<SlaTarget, Date | null> = {
      first_response: c.firstResponseAt ? null : c.firstResponseDueAt,
      next_response: c.firstResponseAt && c.waitingSince ? c.nextResponseDueAt : null,
      resolution: c.resolutionDueAt,
    };
    const targets: SlaTarget[] = job.target ? [job.target] : ['first_response', 'next_response', 'resolution'];
    const target = targets.find((t) => running[t]?.getTime() === dueAt.getTime());
    if (c.status === 'resolved' || !target) return { outcome: 'stale' as const };
    // Timers fire at or after their time; a clock that disagrees is caught by the next delivery.
    if (job.kind === 'breach' && now.getTime() < dueAt.getTime() - 1000) return { outcome: 'early' as const, target };
    if (job.kind === 'warning' && now.getTime() >= dueAt.getTime()) return { outcome: 'late' as const, target };

    const inserted = await tx.slaAlert.createMany({ data: [{ workspaceId: job.workspaceId, conversationId: c.id, target, kind: job.kind, dueAt, createdAt: now }], skipDuplicates: true });
    if (inserted.count === 0) return { outcome: 'duplicate' as const, target };

    const label = SLA_TARGET_LABEL[target];
    const due = formatLocalTime(dueAt, c.workspace.timezone, now);
    const minutesLeft = Math.max(1, Math.round((dueAt.getTime() - now.getTime()) / 60_000));
    const summary = job.kind === 'breach' ? `${label} SLA breached (was due ${due})` : `${label} due in ${minutesLeft} min (${due})`;
    await tx.conversation.update({
      where: { id: c.id },
      data: job.kind === 'breach' ? { slaBreachedAt: c.slaBreachedAt ?? now } : { slaWarnedAt: now },
    });
    await tx.conversationEvent.create({
      data: { workspaceId: job.workspaceId, conversationId: c.id, kind: 'sla', summary, data: { target, kind: job.kind, dueAt: job.dueAt }, createdAt: now },
    });

    const handoff = c.assigneeId ? null : await tx.handoff.findFirst({ where: { conversationId: c.id, acceptedAt: null, cancelledAt: null }, select: { toId: true } });
    const candidates = [c.assigneeId ?? handoff?.toId ?? null, c.team?.managerId ?? null].filter((x): x is string => Boolean(x));
    const active = await tx.membership.findMany({ where: { id: { in: [...new Set(candidates)] }, active: true }, select: { id: true } });
    const recipients = active.map((m) => m.id);
    const what = `${c.contact.name} (${c.channel.provider}): ${(c.subject || c.preview).slice(0, 120)}`;
    for (const recipientId of recipients) {
      const role = recipientId === c.assigneeId || recipientId === handoff?.toId ? '' : ' in your team';
      await notifySla(tx, {
        workspaceId: job.workspaceId,
        recipientId,
        kind: job.kind === 'breach' ? 'sla_breach' : 'sla_warning',
        item: { conversationId: c.id, target, label: what, dueAt: job.dueAt },
        single: {
          title: job.kind === 'breach' ? `${capitalise(label)} SLA breached${role}` : `${capitalise(label)} due in ${minutesLeft} min${role}`,
          body: `${what}\nDue ${due}`,
        },
        now,
      });
    }
    return { outcome: 'alerted' as const, target, recipients };
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
