// POST /api/v1/channels/:id/messages — 201 with the new message's ids; 200 with
// the same ids when this externalId was already received.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { apiMessageBody } from '@/lib/channels/api/schema';
import { receiveApiMessage } from '@/lib/channels/api/receive-api-message';

export const POST = withWorkspace(
  { auth: 'api_key', params: z.object({ id: z.string().min(1).max(64) }), body: apiMessageBody },
  async ({ ctx, params, body }) => {
    const { created, ...ids } = await receiveApiMessage(ctx, params.id, body);
    return Response.json({ ...ids, duplicate: !created }, { status: created ? 201 : 200 });
  },
);
