// PATCH /api/v1/routing-rules/:id (manager+): change any field; `position`
// moves the rule (0 = evaluated first). DELETE removes it. Another
// workspace's id answers 404.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { updateRoutingRule } from '@/lib/settings/update-routing-rule';
import { deleteRoutingRule } from '@/lib/settings/delete-routing-rule';
import { updateRoutingRuleInput } from '@/lib/settings/routing-rule-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withWorkspace({ auth: 'any', role: 'manager', params, body: updateRoutingRuleInput.omit({ id: true }) }, ({ ctx, params, body }) =>
  updateRoutingRule(ctx, { ...body, id: params.id }),
);

export const DELETE = withWorkspace({ auth: 'any', role: 'manager', params }, ({ ctx, params }) => deleteRoutingRule(ctx, { id: params.id }));
