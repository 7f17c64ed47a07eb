// POST /api/v1/conversations/:id/tags {"tag","note"?}: an agent adds a tag
// (201 when added, 200 when it was already there).
// DELETE /api/v1/conversations/:id/tags?tag=<key>: an agent removes it (kept as
// removed, and learned from). Another workspace's conversation answers 404.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { tagConversation, tagConversationInput, tagKeyInput } from '@/lib/conversations/tag-conversation';
import { untagConversation } from '@/lib/conversations/untag-conversation';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const POST = withWorkspace({ auth: 'any', params, body: tagConversationInput.omit({ conversationId: true }) }, async ({ ctx, params, body }) => {
  const result = await tagConversation(ctx, { ...body, conversationId: params.id });
  return Response.json(result, { status: result.changed ? 201 : 200 });
});

export const DELETE = withWorkspace({ auth: 'any', params, query: z.object({ tag: tagKeyInput }) }, ({ ctx, params, query }) =>
  untagConversation(ctx, { conversationId: params.id, tag: query.tag }),
);
