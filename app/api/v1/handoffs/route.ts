// GET /api/v1/handoffs[?teamId=&toId=&limit=]: handoffs nobody has accepted
// yet, oldest first, with the note, how long they have waited, who they are
// for (and whether that person is on shift now) and the conversation.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { listOpenHandoffs } from '@/lib/routing/list-open-handoffs';

export const dynamic = 'force-dynamic';

const query = z.object({
  teamId: z.string().min(1).max(64).optional(),
  toId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const GET = withWorkspace({ auth: 'any', role: 'agent', query }, async ({ ctx, query }) => ({ handoffs: await listOpenHandoffs(ctx, query) }));
