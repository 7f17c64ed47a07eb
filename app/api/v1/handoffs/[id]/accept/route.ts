// POST /api/v1/handoffs/:id/accept: the conversation is assigned to whoever
// accepts. A signed-in person accepts for themselves (no body needed). An API
// key is not a person: it sends {"membershipId"} of the member who takes it
// (manager keys; 400 without it). 409 when someone else accepted it first or
// it was replaced; 404 for another workspace's handoff.
import { z } from 'zod';
import { badRequest } from '@/lib/api/errors';
import { readBodyText } from '@/lib/api/read-json-body';
import { withWorkspace } from '@/lib/api/with-workspace';
import { acceptHandoffAs, acceptHandoffAsInput } from '@/lib/handoffs/accept-handoff-as';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });
const body = acceptHandoffAsInput.omit({ handoffId: true });

// The body is optional here, unlike other writes.
async function optionalBody(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(`Body is not valid JSON: ${(err as Error).message}`);
  }
}

export const POST = withWorkspace({ auth: 'any', role: 'agent', params }, async ({ ctx, params, request }) =>
  acceptHandoffAs(ctx, { ...body.parse(await optionalBody(request)), handoffId: params.id }),
);
