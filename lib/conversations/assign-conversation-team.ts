// Give a conversation to a team (or take it from any team) by hand, e.g.
// "this is a sales lead, not support". The team's routing then picks a person:
// the current assignee stays only when they belong to the new team, otherwise
// the conversation goes back to the team's queue (routing.backlog), because a
// person outside the team would keep work the team cannot see as theirs.
//
// Writes the assignment history and a timeline event in one transaction and
// publishes conversation.updated afterwards, like assign-conversation.ts. A
// team of another workspace is "unknown team" (400); another workspace's
// conversation, 404. The update is guarded by what we read (409 on a race).
import { z } from 'zod';
import { badRequest, conflict, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { enqueueBacklog } from '@/lib/routing/enqueue-backlog';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';

export const assignTeamInput = z
  .object({
    conversationId: z.string().trim().min(1).max(64),
    // A team id, or null for "no team".
    teamId: z.string().trim().min(1).max(64).nullable(),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export type AssignTeamInput = z.infer<typeof assignTeamInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

export async function assignConversationTeam(ctx: Ctx, input: AssignTeamInput, now: Date = new Date()) {
  const by = actorId(ctx.actor);
  const result = await ctx.db.$transaction(async (tx) => {
    const before = await tx.conversation.findUnique({ where: { id: input.conversationId }, select: { id: true, teamId: true, assigneeId: true } });
    if (!before) throw notFound('Conversation');
    const team = input.teamId ? await tx.team.findFirst({ where: { id: input.teamId }, select: { id: true, name: true } }) : null;
    if (input.teamId && !team) throw badRequest(`Unknown team "${input.teamId}"`);

    const toTeamId = team?.id ?? null;
    if (before.teamId === toTeamId) return { id: before.id, teamId: toTeamId, assigneeId: before.assigneeId, changed: false };

    const keepsAssignee =
      !!before.assigneeId && !!toTeamId && !!(await tx.teamMember.findFirst({ where: { teamId: toTeamId, membershipId: before.assigneeId }, select: { teamId: true } }));
    const assigneeId = keepsAssignee ? before.assigneeId : null;

    const { count } = await tx.conversation.updateMany({
      where: { id: before.id, teamId: before.teamId, assigneeId: before.assigneeId },
      data: { teamId: toTeamId, assigneeId },
    });
    if (count === 0) throw conflict('The conversation was re-assigned while you were saving; reload and try again');

    const reason = input.note ?? '';
    await tx.assignment.create({
      data: { workspaceId: ctx.workspaceId, conversationId: before.id, fromId: before.assigneeId, toId: assigneeId, teamId: toTeamId, method: 'manual', reason, actorId: by, createdAt: now },
    });
    const summary = team ? `Assigned to team ${team.name} by ${ctx.actor.name}` : `Removed from its team by ${ctx.actor.name}`;
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId,
        conversationId: before.id,
        kind: 'assignment',
        summary: reason ? `${summary}: ${reason}` : summary,
        data: { fromTeamId: before.teamId, toTeamId, fromId: before.assigneeId, toId: assigneeId, method: 'manual', actorType: ctx.actor.type },
        actorId: by,
        createdAt: now,
      },
    });
    // Waiting without a person: the new team's routing picks one (capacity, shifts).
    if (!assigneeId) await enqueueBacklog(tx, ctx.workspaceId, before.id, now);
    return { id: before.id, teamId: toTeamId, assigneeId, changed: true };
  });
  if (result.changed) void publishConversationUpdated(ctx.workspaceId, result.id, ['team', 'assignee']);
  return result;
}
