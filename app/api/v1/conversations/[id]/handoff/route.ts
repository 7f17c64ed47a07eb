// POST /api/v1/conversations/:id/handoff {"note","toId"?,"teamId"?}: hand the
// conversation to a person, or to the next one on shift in a team (the
// conversation's own team by default), with a note for them. 201 with the
// handoff; 404 for another workspace's conversation; 400 for an unknown team
// or person.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { handOffConversation, handOffInput } from '@/lib/routing/hand-off-conversation';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const POST = withWorkspace({ auth: 'any', role: 'agent', params, body: handOffInput.omit({ conversationId: true }) }, async ({ ctx, params, body }) =>
  Response.json(await handOffConversation(ctx, { ...body, conversationId: params.id }), { status: 201 }),
);
