// Overnight (or any) staff hand a conversation to the next shift with a note:
// it leaves their queue, waits in the team's queue with a Handoff to a person
// (named, or the next one on shift in the team), and that person is told.
// A newer handoff replaces (cancels) an open one.
import { z } from 'zod';
import { badRequest, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { loadTeamRoster } from './load-team-roster';
import { labelForTags, planHandoff } from './plan-handoff';
import { publishConversationUpdated, publishNotificationCreated } from '@/lib/live/publish-conversation-event';

const id = z.string().trim().min(1).max(64);

export const handOffInput = z
  .object({
    conversationId: id,
    // A person (membership id); when absent, the next person on shift in the team.
    toId: id.optional(),
    // The team whose queue it waits in; defaults to the conversation's team.
    teamId: id.optional(),
    note: z.string().trim().min(1, 'Write a note for the next shift').max(2000),
  })
  .strict();

export type HandOffInput = z.input<typeof handOffInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

export async function handOffConversation(ctx: Ctx, raw: HandOffInput, now: Date = new Date()) {
  const input = handOffInput.parse(raw);
  const by = ctx.actor.type === 'user' ? ctx.actor.membershipId : null;
  const handoff = await ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Conversation" WHERE id = ${input.conversationId} AND "workspaceId" = ${ctx.workspaceId} FOR UPDATE`;
    if (!locked.length) throw notFound('Conversation');
    // One statement (the ORM's include ran its relation queries at once on the
    // transaction's single connection). Raw SQL scopes by workspaceId itself.
    const [c] = await tx.$queryRaw<{ id: string; teamId: string | null; assigneeId: string | null; lastInboundAt: Date | null; createdAt: Date; timezone: string; tags: string[] }[]>`
      SELECT c.id, c."teamId", c."assigneeId", c."lastInboundAt", c."createdAt", w.timezone,
             COALESCE((SELECT array_agg(t.key ORDER BY a."appliedAt", a.id) FROM "TagApplication" a JOIN "Tag" t ON t.id = a."tagId"
                       WHERE a."conversationId" = c.id AND a."workspaceId" = ${ctx.workspaceId} AND a."removedAt" IS NULL), '{}') AS tags
      FROM "Conversation" c JOIN "Workspace" w ON w.id = c."workspaceId"
      WHERE c.id = ${input.conversationId} AND c."workspaceId" = ${ctx.workspaceId}`;
    if (!c) throw notFound('Conversation');
    const teamId = input.teamId ?? c.teamId;
    const team = teamId ? await tx.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } }) : null;
    if (input.teamId && !team) throw badRequest(`Unknown team "${input.teamId}"`);
    let to: { membershipId: string; name: string } | null = null;
    if (input.toId) {
      const m = await tx.membership.findFirst({ where: { id: input.toId }, select: { id: true, active: true, user: { select: { name: true } } } });
      if (!m) throw badRequest(`Unknown member "${input.toId}"`);
      if (!m.active) throw badRequest(`${m.user.name} is no longer active in this workspace`);
      to = { membershipId: m.id, name: m.user.name };
    } else if (team) {
      const roster = await loadTeamRoster(tx, ctx.workspaceId, team.id);
      const plan = planHandoff({
        teamId: team.id,
        teamName: team.name,
        label: labelForTags(c.tags),
        arrivedAt: c.lastInboundAt ?? c.createdAt,
        workspaceTimezone: c.timezone,
        members: roster.candidates.filter((m) => m.membershipId !== by),
        now,
      });
      to = plan.to;
    } else {
      throw badRequest('Choose a team or a person to hand this conversation to');
    }

    await tx.handoff.updateMany({ where: { conversationId: c.id, acceptedAt: null, cancelledAt: null }, data: { cancelledAt: now } });
    const handoff = await tx.handoff.create({
      data: { workspaceId: ctx.workspaceId, conversationId: c.id, fromId: by, toId: to?.membershipId ?? null, teamId: team?.id ?? null, note: input.note, createdAt: now },
    });
    // It leaves the sender's queue and waits for the receiver to accept it.
    await tx.conversation.update({ where: { id: c.id }, data: { assigneeId: null, ...(team ? { teamId: team.id } : {}) } });
    if (c.assigneeId || team?.id !== c.teamId) {
      await tx.assignment.create({
        data: { workspaceId: ctx.workspaceId, conversationId: c.id, fromId: c.assigneeId, toId: null, teamId: team?.id ?? c.teamId, method: 'handoff', reason: input.note, actorId: actorId(ctx.actor), createdAt: now },
      });
    }
    const target = to ? to.name : `the ${team!.name} queue`;
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId,
        conversationId: c.id,
        kind: 'handoff',
        summary: `${ctx.actor.name} handed off to ${target}: ${input.note}`,
        data: { handoffId: handoff.id, fromId: by, toId: to?.membershipId ?? null, teamId: team?.id ?? null },
        actorId: actorId(ctx.actor),
        createdAt: now,
      },
    });
    if (to && to.membershipId !== by) {
      await tx.notification.create({
        data: { workspaceId: ctx.workspaceId, recipientId: to.membershipId, kind: 'handoff', title: `${ctx.actor.name} handed you a conversation`, body: input.note, conversationId: c.id, dedupeKey: `handoff:${handoff.id}`, createdAt: now },
      });
    }
    return handoff;
  });
  void publishConversationUpdated(ctx.workspaceId, handoff.conversationId, ['assignee', 'team', 'handoff']);
  if (handoff.toId !== by) void publishNotificationCreated(ctx.workspaceId, [handoff.toId], 'handoff');
  return handoff;
}
