// The optional automatic first answer: when a new conversation opens, a
// message from the channel's or team's template (auto-ack-settings), or the
// out-of-hours template when nobody in the routed team is on shift ("we are
// back at 08:00"). Sent the way an agent's reply is (a queued outbound
// message plus an outbox `outbound.send` job), authored by the system, at
// most once per conversation (autoAckedAt, under a row lock). It does not
// count as our first response: the SLA clock keeps running for a person.
import type { Prisma } from '@/lib/generated/prisma/client';
import { scopedDb } from '@/lib/tenancy';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { checkSendRules } from '@/lib/outbound/check-send-rules';
import { loadTeamRoster } from '@/lib/routing/load-team-roster';
import { nextShiftStart } from '@/lib/routing/next-shift-start';
import { effectiveAutoAck, renderTemplate } from './auto-ack-settings';
import { cityOf, formatLocalTime } from './zoned-time';

type AckRow = {
  id: string;
  autoAckedAt: Date | null;
  firstResponseAt: Date | null;
  status: string;
  severity: number;
  lastInboundAt: Date | null;
  channel: { id: string; name: string; provider: Parameters<typeof checkSendRules>[0]['provider']; settings: unknown };
  team: { id: string; name: string; settings: unknown } | null;
  contact: { name: string };
  workspace: { name: string; timezone: string };
  hasOutbound: boolean;
};

export type AutoAckOutcome = 'sent' | 'disabled' | 'already' | 'answered' | 'no_template' | 'blocked' | 'missing';

export async function sendAutoAcknowledgement(workspaceId: string, conversationId: string, now: Date = new Date()): Promise<{ outcome: AutoAckOutcome; messageId?: string; outOfHours?: boolean; text?: string }> {
  // Nearly always nothing is to be sent (auto-ack off, sent already, answered):
  // that is settled by one read, without a transaction or waiting for the row
  // lock. Each of these answers only ever stays true once true (or is a setting
  // read as it was a moment earlier), so the locked check below would agree.
  const precheck = settledWithoutSending(await loadAckRow(scopedDb(workspaceId), workspaceId, conversationId));
  if (precheck) return precheck;
  return scopedDb(workspaceId).$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Conversation" WHERE id = ${conversationId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
    if (!locked.length) return { outcome: 'missing' as const };
    const c = await loadAckRow(tx, workspaceId, conversationId);
    const early = settledWithoutSending(c);
    if (early || !c) return early ?? { outcome: 'missing' as const };
    const cfg = effectiveAutoAck(c.channel.settings, c.team?.settings);

    let outOfHours = false;
    let back = 'now';
    if (c.team) {
      const roster = await loadTeamRoster(tx, workspaceId, c.team.id);
      const next = nextShiftStart(roster.candidates.filter((m) => m.active), c.team.id, now);
      outOfHours = !next?.now;
      if (next && !next.now) back = `${formatLocalTime(next.at, c.workspace.timezone, now)} (${cityOf(c.workspace.timezone)} time)`;
      if (!next) back = 'as soon as we can';
    }
    const template = outOfHours && cfg.outOfHoursMessage ? cfg.outOfHoursMessage : cfg.message;
    if (!template) return { outcome: 'no_template' as const };
    const text = renderTemplate(template, {
      'contact.firstName': c.contact.name.trim().split(/\s+/)[0] ?? '',
      'contact.name': c.contact.name,
      'team.name': c.team?.name ?? '',
      'team.nextShiftStart': back,
      'workspace.name': c.workspace.name,
      'channel.name': c.channel.name,
    });
    const kind = outOfHours && cfg.outOfHoursMessage ? 'out_of_hours' : 'auto_ack';
    const label = kind === 'out_of_hours' ? 'out-of-hours reply' : 'auto-acknowledgement';

    // Never again for this conversation, whether it can go out or not.
    await tx.conversation.update({ where: { id: c.id }, data: { autoAckedAt: now } });
    const problem = checkSendRules({ provider: c.channel.provider, text, lastInboundAt: c.lastInboundAt, now });
    if (problem) {
      await tx.conversationEvent.create({ data: { workspaceId, conversationId: c.id, kind: 'auto_ack', summary: `${label} not sent: ${problem}`, data: { kind }, createdAt: now } });
      return { outcome: 'blocked' as const, outOfHours };
    }
    const message = await tx.message.create({
      data: {
        workspaceId,
        conversationId: c.id,
        channelId: c.channel.id,
        direction: 'out',
        authorId: null,
        text,
        status: 'queued',
        meta: { system: kind } as Prisma.InputJsonValue,
        sentAt: now,
      },
    });
    await tx.conversation.update({ where: { id: c.id }, data: { messageCount: { increment: 1 } } });
    await addOutboxJob(tx, 'outbound.send', { workspaceId, messageId: message.id }, { jobId: `send-${message.id}`, priority: jobPriorityForSeverity(c.severity) });
    await tx.conversationEvent.create({
      data: {
        workspaceId,
        conversationId: c.id,
        kind: 'auto_ack',
        summary: outOfHours ? `sent the ${label} (nobody in ${c.team?.name ?? 'the team'} on shift; back ${back})` : `sent the ${label}`,
        data: { kind, messageId: message.id },
        createdAt: now,
      },
    });
    return { outcome: 'sent' as const, messageId: message.id, outOfHours, text };
  });
}

type Runner = Pick<ReturnType<typeof scopedDb>, '$queryRaw'>;

// One statement (it runs for every routed conversation; through the ORM it was
// six). Raw SQL: every table is filtered by workspaceId here.
async function loadAckRow(runner: Runner, workspaceId: string, conversationId: string): Promise<AckRow | null> {
  const [c] = await runner.$queryRaw<AckRow[]>`
      SELECT c.id, c."autoAckedAt", c."firstResponseAt", c.status::text AS status, c.severity, c."lastInboundAt",
        json_build_object('id', ch.id, 'name', ch.name, 'provider', ch.provider, 'settings', ch.settings) AS channel,
        CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'name', t.name, 'settings', t.settings) END AS team,
        json_build_object('name', ct.name) AS contact,
        json_build_object('name', w.name, 'timezone', w.timezone) AS workspace,
        EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m."workspaceId" = ${workspaceId} AND m.direction = 'out') AS "hasOutbound"
      FROM "Conversation" c
      JOIN "Channel" ch ON ch.id = c."channelId" AND ch."workspaceId" = ${workspaceId}
      JOIN "Contact" ct ON ct.id = c."contactId"
      JOIN "Workspace" w ON w.id = c."workspaceId"
      LEFT JOIN "Team" t ON t.id = c."teamId" AND t."workspaceId" = ${workspaceId}
      WHERE c.id = ${conversationId} AND c."workspaceId" = ${workspaceId}`;
  return c ?? null;
}

// The outcomes that send nothing, from the row as read; null: it may send.
function settledWithoutSending(c: AckRow | null): { outcome: AutoAckOutcome } | null {
  if (!c) return { outcome: 'missing' };
  if (c.autoAckedAt) return { outcome: 'already' };
  if (!effectiveAutoAck(c.channel.settings, c.team?.settings).enabled) return { outcome: 'disabled' };
  if (c.firstResponseAt || c.hasOutbound || c.status === 'resolved') return { outcome: 'answered' };
  return null;
}
