// GET /api/v1/tags: the taxonomy (description, next steps, colour, owner team).
// POST /api/v1/tags {"key","name","description"?,"nextSteps"?,"color"?,"ownerTeam"?: team key}
// (manager+): 201 with the tag; 409 when the key exists.
import { withWorkspace } from '@/lib/api/with-workspace';
import { listTags } from '@/lib/settings/list-tags';
import { createTag } from '@/lib/settings/create-tag';
import { createTagInput } from '@/lib/settings/tag-input';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'any', role: 'agent' }, async ({ ctx }) => ({ tags: await listTags(ctx) }));

export const POST = withWorkspace({ auth: 'any', role: 'manager', body: createTagInput }, async ({ ctx, body }) => Response.json(await createTag(ctx, body), { status: 201 }));
