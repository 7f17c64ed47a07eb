// The receiving person accepts a handoff: the conversation is assigned to
// them (history row, round-robin timestamp, timeline event). The person it
// was handed to may accept it, or anyone in its team when it was handed to
// the team, or a manager taking it over. Accepting twice is a no-op; a handoff
// someone else accepted or that was replaced answers 409.
import { z } from 'zod';
import { conflict, forbidden, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { hasRole } from '@/lib/auth/roles';
import { recordAssignment } from './record-assignment';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';

export const acceptHandoffInput = z.object({ handoffId: z.string().trim().min(1).max(64) }).strict();
export type AcceptHandoffInput = z.input<typeof acceptHandoffInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor' | 'role'>;

export async function acceptHandoff(ctx: Ctx, raw: AcceptHandoffInput, now: Date = new Date()) {
  const input = acceptHandoffInput.parse(raw);
  if (ctx.actor.type !== 'user') throw forbidden('A handoff is accepted by a person; with an API key, assign the conversation instead');
  const me = { membershipId: ctx.actor.membershipId, name: ctx.actor.name };
  const result = await ctx.db.$transaction(async (tx) => {
    const h = await tx.handoff.findUnique({ where: { id: input.handoffId }, include: { from: { select: { user: { select: { name: true } } } } } });
    if (!h) throw notFound('Handoff');
    if (h.acceptedAt) {
      if (h.acceptedById === me.membershipId) return { handoffId: h.id, conversationId: h.conversationId, assigneeId: me.membershipId, changed: false };
      throw conflict('Someone else already accepted this handoff');
    }
    if (h.cancelledAt) throw conflict('This handoff was replaced or cancelled');
    const inTeam = h.teamId ? (await tx.teamMember.count({ where: { teamId: h.teamId, membershipId: me.membershipId } })) > 0 : false;
    const allowed = h.toId === me.membershipId || (!h.toId && inTeam) || hasRole(ctx.role, 'manager');
    if (!allowed) throw forbidden('This handoff is for someone else');

    const locked = await tx.$queryRaw<{ assigneeId: string | null }[]>`SELECT "assigneeId" FROM "Conversation" WHERE id = ${h.conversationId} AND "workspaceId" = ${ctx.workspaceId} FOR UPDATE`;
    if (!locked.length) throw notFound('Conversation');
    const { count } = await tx.handoff.updateMany({ where: { id: h.id, acceptedAt: null, cancelledAt: null }, data: { acceptedAt: now, acceptedById: me.membershipId } });
    if (count === 0) throw conflict('The handoff changed while you were accepting it; reload and try again');

    const from = h.from ? ` from ${h.from.user.name}` : '';
    const summary = `${me.name} accepted the handoff${from}${h.note ? `: ${h.note}` : ''}`;
    const current = locked[0].assigneeId;
    if (current === me.membershipId) {
      await tx.conversationEvent.create({
        data: { workspaceId: ctx.workspaceId, conversationId: h.conversationId, kind: 'handoff', summary, data: { handoffId: h.id }, actorId: me.membershipId, createdAt: now },
      });
    } else {
      await recordAssignment(tx, {
        workspaceId: ctx.workspaceId,
        conversationId: h.conversationId,
        expectedAssigneeId: current,
        teamId: h.teamId,
        to: me,
        method: 'handoff',
        reason: `accepted handoff${from}`,
        summary,
        eventKind: 'handoff',
        actorId: me.membershipId,
        notification: null,
        now,
      });
    }
    // The handoff notification is dealt with.
    await tx.notification.updateMany({ where: { dedupeKey: `handoff:${h.id}`, readAt: null }, data: { readAt: now } });
    return { handoffId: h.id, conversationId: h.conversationId, assigneeId: me.membershipId, changed: true };
  });
  if (result.changed) void publishConversationUpdated(ctx.workspaceId, result.conversationId, ['assignee', 'handoff']);
  return result;
}
