// PATCH /api/v1/shifts/:id (manager+): change hours, time zone, on-call,
// person or team; DELETE removes the shift. Both let the teams concerned
// assign their waiting backlog. Another workspace's id answers 404.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { updateShift } from '@/lib/settings/update-shift';
import { deleteShift } from '@/lib/settings/delete-shift';
import { updateShiftInput } from '@/lib/settings/shift-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withWorkspace({ auth: 'any', role: 'manager', params, body: updateShiftInput.omit({ id: true }) }, ({ ctx, params, body }) =>
  updateShift(ctx, { ...body, id: params.id }),
);

export const DELETE = withWorkspace({ auth: 'any', role: 'manager', params }, ({ ctx, params }) => deleteShift(ctx, { id: params.id }));
