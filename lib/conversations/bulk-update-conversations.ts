// Bulk actions of the inbox list (assign, tag, resolve, snooze, reopen) on a
// selection of conversations. Each id goes through the same single-
// conversation use case the conversation pane calls, so every rule, timeline
// event, notification, live event and tenancy check applies per row exactly
// as if it had been done one by one. Ids are looked up through the workspace-
// scoped client: another workspace's id fails as "not found" and nothing of
// it changes. A failure on one id does not stop the others; the answer lists
// per-id failures so the UI can say "3 of 40 could not be resolved".
import { z } from 'zod';
import { badRequest, toErrorBody } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { assignConversation } from '@/lib/conversations/assign-conversation';
import { setConversationStatus } from '@/lib/conversations/set-conversation-status';
import { tagConversation, tagKeyInput } from '@/lib/conversations/tag-conversation';

// One request stays well under a few seconds of work; bigger selections are split by the caller.
export const BULK_LIMIT = 500;

const id = z.string().trim().min(1).max(64);

export const bulkAction = z.discriminatedUnion('type', [
  // assigneeId: a membership id, "me", or null to unassign.
  z.object({ type: z.literal('assign'), assigneeId: id.nullable() }).strict(),
  z.object({ type: z.literal('tag'), tag: tagKeyInput }).strict(),
  z.object({ type: z.literal('status'), status: z.enum(['open', 'pending', 'resolved']) }).strict(),
  z.object({ type: z.literal('snooze'), minutes: z.number().int().min(5).max(60 * 24 * 30) }).strict(),
]);

export const bulkUpdateInput = z
  .object({
    ids: z.array(id).min(1).max(BULK_LIMIT, `At most ${BULK_LIMIT} conversations at once`),
    action: bulkAction,
  })
  .strict();

export type BulkUpdateInput = z.infer<typeof bulkUpdateInput>;
export type BulkFailure = { id: string; code: string; message: string };
export type BulkUpdateResult = { changed: string[]; unchanged: string[]; failed: BulkFailure[] };

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

export async function bulkUpdateConversations(ctx: Ctx, raw: BulkUpdateInput, now: Date = new Date()): Promise<BulkUpdateResult> {
  const input = bulkUpdateInput.parse(raw);
  const { action } = input;
  let assigneeId: string | null = null;
  if (action.type === 'assign') {
    if (action.assigneeId === 'me') {
      if (ctx.actor.type !== 'user') throw badRequest('"me" needs a signed-in user');
      assigneeId = ctx.actor.membershipId;
    } else assigneeId = action.assigneeId;
  }
  const snoozedUntil = action.type === 'snooze' ? new Date(now.getTime() + action.minutes * 60_000) : undefined;

  const apply = async (conversationId: string): Promise<boolean> => {
    switch (action.type) {
      case 'assign':
        return (await assignConversation(ctx, { conversationId, assigneeId }, now)).changed;
      case 'tag':
        return (await tagConversation(ctx, { conversationId, tag: action.tag }, now)).changed;
      case 'status':
        return (await setConversationStatus(ctx, { conversationId, status: action.status }, now)).changed;
      case 'snooze':
        return (await setConversationStatus(ctx, { conversationId, status: 'snoozed', snoozedUntil }, now)).changed;
    }
  };

  const result: BulkUpdateResult = { changed: [], unchanged: [], failed: [] };
  // One at a time: each use case is its own short transaction (with row
  // guards), and a bulk action must not starve the pool for everyone else.
  for (const conversationId of [...new Set(input.ids)]) {
    try {
      if (await apply(conversationId)) result.changed.push(conversationId);
      else result.unchanged.push(conversationId);
    } catch (err) {
      // Unexpected (5xx) errors are logged by toErrorBody and reported per id like the rest.
      const { body } = toErrorBody(err);
      result.failed.push({ id: conversationId, code: body.error.code, message: body.error.message });
    }
  }
  return result;
}
