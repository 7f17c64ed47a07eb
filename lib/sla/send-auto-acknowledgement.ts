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

export type AutoAckOutcome = 'sent' | 'disabled' | 'already' | 'answered' | 'no_template' | 'blocked' | 'missing';

export async function sendAutoAcknowledgement(workspaceId: string, conversationId: string, now: Date = new Date()): Promise<{ outcome: AutoAckOutcome; messageId?: string; outOfHours?: boolean; text?: string }> {
  return scopedDb(workspaceId).$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Conversation" WHERE id = ${conversationId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
    if (!locked.length) return { outcome: 'missing' as const };
    const c = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: {
        channel: { select: { id: true, name: true, provider: true, settings: true } },
        team: { select: { id: true, name: true, settings: true } },
        contact: { select: { name: true } },
        workspace: { select: { name: true, timezone: true } },
      },
    });
    if (c.autoAckedAt) return { outcome: 'already' as const };
    const cfg = effectiveAutoAck(c.channel.settings, c.team?.settings);
    if (!cfg.enabled) return { outcome: 'disabled' as const };
    const answered = c.firstResponseAt || (await tx.message.count({ where: { conversationId: c.id, direction: 'out' } })) > 0;
    if (answered || c.status === 'resolved') return { outcome: 'answered' as const };

    let outOfHours = false;
    let back = 'now';
    if (c.team) {
      const roster = await loadTeamRoster(tx, c.team.id);
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
