// Assign a conversation to a member of this workspace, or unassign it, by
// hand. Writes the assignment history (who, from whom, why), a timeline event
// and a notification for the new assignee when someone else assigned them.
//
// The member is looked up through the workspace-scoped client, so another
// workspace's membership id is "unknown assignee" (400), never a cross-tenant
// assignment. The update is guarded by the assignee we read, so two people
// re-assigning at once cannot both win silently.
import { z } from 'zod';
import { badRequest, conflict, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { enqueueBacklog } from '@/lib/routing/enqueue-backlog';
import { publishConversationUpdated, publishNotificationCreated } from '@/lib/live/publish-conversation-event';

export const assignInput = z
  .object({
    conversationId: z.string().trim().min(1).max(64),
    // A membership id, or null to unassign.
    assigneeId: z.string().trim().min(1).max(64).nullable(),
    // Why, for the history and the assignee ("VIP, speaks Romanian").
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export type AssignInput = z.infer<typeof assignInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

export async function assignConversation(ctx: Ctx, input: AssignInput, now: Date = new Date()) {
  const by = actorId(ctx.actor);
  const result = await ctx.db.$transaction(async (tx) => {
    const before = await tx.conversation.findUnique({
      where: { id: input.conversationId },
      select: { id: true, assigneeId: true, teamId: true, subject: true, preview: true },
    });
    if (!before) throw notFound('Conversation');

    const member = input.assigneeId
      ? await tx.membership.findFirst({ where: { id: input.assigneeId }, select: { id: true, active: true, user: { select: { name: true } } } })
      : null;
    if (input.assigneeId && !member) throw badRequest(`Unknown assignee "${input.assigneeId}"`);
    if (member && !member.active) throw badRequest(`${member.user.name} is no longer active in this workspace`);

    const toId = member?.id ?? null;
    if (before.assigneeId === toId) return { id: before.id, assigneeId: toId, changed: false, notified: null as string | null };

    const { count } = await tx.conversation.updateMany({ where: { id: before.id, assigneeId: before.assigneeId }, data: { assigneeId: toId } });
    if (count === 0) throw conflict('The conversation was re-assigned while you were saving; reload and try again');

    const reason = input.note ?? '';
    await tx.assignment.create({
      data: { workspaceId: ctx.workspaceId, conversationId: before.id, fromId: before.assigneeId, toId, teamId: before.teamId, method: 'manual', reason, actorId: by, createdAt: now },
    });
    const summary = member ? `Assigned to ${member.user.name} by ${ctx.actor.name}` : `Unassigned by ${ctx.actor.name}`;
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId,
        conversationId: before.id,
        kind: 'assignment',
        summary: reason ? `${summary}: ${reason}` : summary,
        data: { fromId: before.assigneeId, toId, method: 'manual', actorType: ctx.actor.type },
        actorId: by,
        createdAt: now,
      },
    });
    // Nobody needs telling that they assigned something to themselves.
    const notify = member && !(ctx.actor.type === 'user' && ctx.actor.membershipId === member.id);
    if (member && notify) {
      await tx.notification.create({
        data: {
          workspaceId: ctx.workspaceId,
          recipientId: member.id,
          kind: 'assignment',
          title: `${ctx.actor.name} assigned you a conversation`,
          body: reason || before.subject || before.preview.slice(0, 140),
          conversationId: before.id,
          createdAt: now,
        },
      });
    }
    // The previous assignee freed up (and an unassigned conversation is back in the queue).
    if (before.assigneeId) await enqueueBacklog(tx, ctx.workspaceId, before.id, now);
    return { id: before.id, assigneeId: toId, changed: true, notified: notify ? toId : null };
  });
  if (result.changed) {
    void publishConversationUpdated(ctx.workspaceId, result.id, ['assignee']);
    void publishNotificationCreated(ctx.workspaceId, [result.notified], 'assignment');
  }
  const { notified: _notified, ...answer } = result;
  return answer;
}
