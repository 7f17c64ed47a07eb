// PATCH /api/v1/sla-policies/:id (manager+): change any field; DELETE removes
// the policy. Another workspace's id answers 404.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { updateSlaPolicy } from '@/lib/settings/update-sla-policy';
import { deleteSlaPolicy } from '@/lib/settings/delete-sla-policy';
import { updateSlaPolicyInput } from '@/lib/settings/sla-policy-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withWorkspace({ auth: 'any', role: 'manager', params, body: updateSlaPolicyInput.omit({ id: true }) }, ({ ctx, params, body }) =>
  updateSlaPolicy(ctx, { ...body, id: params.id }),
);

export const DELETE = withWorkspace({ auth: 'any', role: 'manager', params }, ({ ctx, params }) => deleteSlaPolicy(ctx, { id: params.id }));
