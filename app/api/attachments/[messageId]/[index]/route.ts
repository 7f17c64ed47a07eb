// GET /api/attachments/:messageId/:index — an inbound message's attachment,
// fetched from the provider for a signed-in agent of the message's workspace
// (another workspace's message id is a 404).
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { fetchMessageAttachment } from '@/lib/channels/meta/fetch-message-attachment';

export const GET = withWorkspace(
  { auth: 'session', params: z.object({ messageId: z.string().min(1).max(64), index: z.coerce.number().int().min(0).max(49) }) },
  ({ ctx, params }) => fetchMessageAttachment(ctx, params.messageId, params.index),
);
