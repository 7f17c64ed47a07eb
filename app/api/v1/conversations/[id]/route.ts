// GET /api/v1/conversations/:id: one conversation with its messages, tags
// (name, source, confidence, reason), severity, priority, team, assignee and
// timeline. An id of another workspace answers 404 like an unknown one.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { getConversation } from '@/lib/conversations/get-conversation';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const GET = withWorkspace({ auth: 'api_key', params }, ({ ctx, params }) => getConversation(ctx, params.id));
