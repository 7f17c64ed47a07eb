// An agent adds a tag to a conversation. The tag is applied with source
// "agent", written on the timeline, and becomes a training example (label
// true) so that similar later messages get it from the classifier. Adding a
// tag that is already on the conversation changes nothing. Another workspace's
// conversation answers 404; a tag the workspace does not have, 400.
import { z } from 'zod';
import { badRequest, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';
import { invalidateTriageCache } from '@/lib/triage/load-triage-context';
import { recordTrainingExample } from './record-training-example';

export const tagKeyInput = z.string().trim().min(1).max(64);

export const tagConversationInput = z
  .object({
    conversationId: z.string().trim().min(1).max(64),
    tag: tagKeyInput,
    // Why, for the timeline ("asks for a group quote").
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export type TagConversationInput = z.infer<typeof tagConversationInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

export async function tagConversation(ctx: Ctx, raw: TagConversationInput, now: Date = new Date()) {
  const input = tagConversationInput.parse(raw);
  const by = actorId(ctx.actor);
  const result = await ctx.db.$transaction(async (tx) => {
    // Locks the row: concurrent corrections of one conversation take turns.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Conversation" WHERE id = ${input.conversationId} AND "workspaceId" = ${ctx.workspaceId} FOR UPDATE`;
    if (!locked.length) throw notFound('Conversation');
    const tag = await tx.tag.findFirst({ where: { key: input.tag }, select: { id: true, key: true } });
    if (!tag) throw badRequest(`Unknown tag "${input.tag}"`);

    const active = await tx.tagApplication.findFirst({ where: { conversationId: input.conversationId, tagId: tag.id, removedAt: null }, select: { id: true } });
    if (active) return { conversationId: input.conversationId, tag: tag.key, changed: false, trainingMessageId: null };

    const example = await recordTrainingExample(tx, { workspaceId: ctx.workspaceId, conversationId: input.conversationId, tagKey: tag.key, label: true, createdById: by });
    await tx.tagApplication.create({
      data: {
        workspaceId: ctx.workspaceId, conversationId: input.conversationId, messageId: example?.messageId ?? null, tagId: tag.id,
        source: 'agent', confidence: 1, reason: input.note ?? `added by ${ctx.actor.name}`, appliedById: by, appliedAt: now,
      },
    });
    // Tag changes touch the conversation row: the triage worker relies on it (apply-triage.ts).
    await tx.conversation.update({ where: { id: input.conversationId }, data: { updatedAt: now } });
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId, conversationId: input.conversationId, kind: 'tagged',
        summary: `tagged ${tag.key} (agent ${ctx.actor.name}${input.note ? `: ${input.note}` : ''})`,
        data: { tag: tag.key, source: 'agent', actorType: ctx.actor.type, trainingMessageId: example?.messageId ?? null },
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
