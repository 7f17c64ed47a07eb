// PATCH /api/v1/tags/:id {"name"?,"description"?,"nextSteps"?,"color"?,"ownerTeam"?: team key | null}
// (manager+). The key never changes. Another workspace's id answers 404.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { updateTag } from '@/lib/settings/update-tag';
import { updateTagInput } from '@/lib/settings/tag-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withWorkspace({ auth: 'any', role: 'manager', params, body: updateTagInput.omit({ id: true }) }, ({ ctx, params, body }) =>
  updateTag(ctx, { ...body, id: params.id }),
);
