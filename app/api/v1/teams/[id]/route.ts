// PATCH /api/v1/teams/:id {"name"?,"description"?,"assignmentMode"?,"managerId"?,
// "settings"?: {"autoAck": {"enabled","message"?,"outOfHoursMessage"?} | null}} (manager+).
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { updateTeam } from '@/lib/settings/update-team';
import { updateTeamInput } from '@/lib/settings/team-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withWorkspace({ auth: 'any', role: 'manager', params, body: updateTeamInput.omit({ id: true }) }, ({ ctx, params, body }) =>
  updateTeam(ctx, { ...body, id: params.id }),
);
