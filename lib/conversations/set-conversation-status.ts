// Resolve, reopen, park (pending) or snooze a conversation, and record who
// did it on the timeline. Serves server actions and the API alike.
//
// Concurrency: the update is guarded by the status we read, so when two
// agents act at once exactly one change (and one timeline event) is written;
// the other sees either "already so" (no-op) or a 409 to reload.
import { z } from 'zod';
import { badRequest, conflict, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import type { ConversationStatus } from '@/lib/generated/prisma/enums';
import { enqueueBacklog } from '@/lib/routing/enqueue-backlog';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';

const id = z.string().trim().min(1).max(64);

export const setStatusInput = z
  .object({
    conversationId: id,
    status: z.enum(['open', 'pending', 'snoozed', 'resolved']),
    // Required with status "snoozed": when the conversation comes back.
    snoozedUntil: z.coerce.date().optional(),
  })
  .strict()
  .refine((v) => (v.status === 'snoozed') === (v.snoozedUntil !== undefined), {
    message: 'snoozedUntil is required with status "snoozed" and only allowed with it',
    path: ['snoozedUntil'],
  });

export type SetStatusInput = z.infer<typeof setStatusInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

const verbs: Record<ConversationStatus, string> = { open: 'Reopened', pending: 'Marked pending', snoozed: 'Snoozed', resolved: 'Resolved' };

const select = { id: true, status: true, snoozedUntil: true, resolvedAt: true } as const;

export async function setConversationStatus(ctx: Ctx, input: SetStatusInput, now: Date = new Date()) {
  if (input.snoozedUntil && input.snoozedUntil.getTime() <= now.getTime()) throw badRequest('snoozedUntil must be in the future');
  const snoozedUntil = input.status === 'snoozed' ? input.snoozedUntil! : null;
  const same = (c: { status: ConversationStatus; snoozedUntil: Date | null }) =>
    c.status === input.status && (c.snoozedUntil?.getTime() ?? null) === (snoozedUntil?.getTime() ?? null);

  const result = await ctx.db.$transaction(async (tx) => {
    const before = await tx.conversation.findUnique({ where: { id: input.conversationId }, select });
    if (!before) throw notFound('Conversation');
    if (same(before)) return { ...before, changed: false };

    const { count } = await tx.conversation.updateMany({
      where: { id: before.id, status: before.status, snoozedUntil: before.snoozedUntil },
      data: {
        status: input.status,
        snoozedUntil,
        // resolvedAt is the time of the latest resolution; reopening clears it.
        resolvedAt: input.status === 'resolved' ? now : null,
      },
    });
    if (count === 0) {
      const current = await tx.conversation.findUnique({ where: { id: before.id }, select });
      if (current && same(current)) return { ...current, changed: false };
      throw conflict('The conversation changed while you were saving; reload and try again');
    }

    const until = snoozedUntil ? ` until ${snoozedUntil.toISOString()}` : '';
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId,
        conversationId: before.id,
        kind: 'status',
        summary: `${verbs[input.status]} by ${ctx.actor.name}${until}`,
        data: { from: before.status, to: input.status, ...(snoozedUntil ? { snoozedUntil: snoozedUntil.toISOString() } : {}), actorType: ctx.actor.type },
        actorId: actorId(ctx.actor),
        createdAt: now,
      },
    });
    // Resolving frees the assignee: the team's waiting backlog may move.
    if (input.status === 'resolved') await enqueueBacklog(tx, ctx.workspaceId, before.id, now);
    const after = await tx.conversation.findUniqueOrThrow({ where: { id: before.id }, select });
    return { ...after, changed: true };
  });
  if (result.changed) void publishConversationUpdated(ctx.workspaceId, result.id, ['status']);
  return result;
}
