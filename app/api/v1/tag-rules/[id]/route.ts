// PATCH /api/v1/tag-rules/:id (manager+): change any field (or move the rule
// to another tag with "tag"); DELETE removes it. Another workspace's id: 404.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { updateTagRule } from '@/lib/settings/update-tag-rule';
import { deleteTagRule } from '@/lib/settings/delete-tag-rule';
import { updateTagRuleInput } from '@/lib/settings/tag-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withWorkspace({ auth: 'any', role: 'manager', params, body: updateTagRuleInput.omit({ id: true }) }, ({ ctx, params, body }) =>
  updateTagRule(ctx, { ...body, id: params.id }),
);

export const DELETE = withWorkspace({ auth: 'any', role: 'manager', params }, ({ ctx, params }) => deleteTagRule(ctx, { id: params.id }));
