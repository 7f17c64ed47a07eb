// An agent removes a tag from a conversation. The application is kept, marked
// removed (who, when), because the correction is a training example (label
// false): similar later messages will not get the tag from the model, and
// triage never re-adds it to this conversation. Removing a tag that is not on
// the conversation changes nothing. Another workspace's conversation answers
// 404; a tag the workspace does not have, 400.
import { z } from 'zod';
import { badRequest, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';
import { invalidateTriageCache } from '@/lib/triage/load-triage-context';
import { recordTrainingExample } from './record-training-example';
import { tagKeyInput } from './tag-conversation';

export const untagConversationInput = z
  .object({
    conversationId: z.string().trim().min(1).max(64),
    tag: tagKeyInput,
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export type UntagConversationInput = z.infer<typeof untagConversationInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

export async function untagConversation(ctx: Ctx, raw: UntagConversationInput, now: Date = new Date()) {
  const input = untagConversationInput.parse(raw);
  const by = actorId(ctx.actor);
  const result = await ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Conversation" WHERE id = ${input.conversationId} AND "workspaceId" = ${ctx.workspaceId} FOR UPDATE`;
    if (!locked.length) throw notFound('Conversation');
    const tag = await tx.tag.findFirst({ where: { key: input.tag }, select: { id: true, key: true } });
    if (!tag) throw badRequest(`Unknown tag "${input.tag}"`);

    const active = await tx.tagApplication.findMany({
      where: { conversationId: input.conversationId, tagId: tag.id, removedAt: null },
      select: { id: true, source: true, messageId: true },
      orderBy: { appliedAt: 'asc' },
    });
    if (!active.length) return { conversationId: input.conversationId, tag: tag.key, changed: false, trainingMessageId: null };

    await tx.tagApplication.updateMany({ where: { id: { in: active.map((a) => a.id) } }, data: { removedAt: now, removedById: by } });
    // The model's mistake was on the message the tag came from.
    const example = await recordTrainingExample(tx, {
      workspaceId: ctx.workspaceId, conversationId: input.conversationId, tagKey: tag.key, label: false, messageId: active[0].messageId, createdById: by,
    });
    // Tag changes touch the conversation row: the triage worker relies on it (apply-triage.ts).
    await tx.conversation.update({ where: { id: input.conversationId }, data: { updatedAt: now } });
    const sources = [...new Set(active.map((a) => a.source))].join(', ');
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId, conversationId: input.conversationId, kind: 'untagged',
        summary: `removed ${tag.key} (${ctx.actor.name}${input.note ? `: ${input.note}` : `; it was applied by ${sources}`})`,
        data: { tag: tag.key, sources: active.map((a) => a.source), actorType: ctx.actor.type, trainingMessageId: example?.messageId ?? null },
        actorId: by, createdAt: now,
      },
    });
    return { conversationId: input.conversationId, tag: tag.key, changed: true, trainingMessageId: example?.messageId ?? null };
  });
  if (result.changed) {
    invalidateTriageCache(ctx.workspaceId);
    void publishConversationUpdated(ctx.workspaceId, result.conversationId, ['tags']);
  }
  return result;
}
