// GET /api/v1/contacts/:id: a contact with every identity we know them by
// and their conversations (newest first). Another workspace's id is a 404.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { getContact } from '@/lib/contacts/get-contact';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const GET = withWorkspace({ auth: 'api_key', params }, ({ ctx, params }) => getContact(ctx, params.id));
