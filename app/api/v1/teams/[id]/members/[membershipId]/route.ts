// PUT /api/v1/teams/:id/members/:membershipId {"capacity"?: n | null, "isLead"?}
// (manager+): adds the person to the team (201) or changes their seat (200).
// More room lets the team's waiting backlog be assigned at once.
// DELETE takes them out of the team.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { setTeamMember } from '@/lib/settings/set-team-member';
import { removeTeamMember } from '@/lib/settings/remove-team-member';
import { setTeamMemberInput } from '@/lib/settings/team-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64), membershipId: z.string().min(1).max(64) });

export const PUT = withWorkspace({ auth: 'any', role: 'manager', params, body: setTeamMemberInput.omit({ teamId: true, membershipId: true }) }, async ({ ctx, params, body }) => {
  const seat = await setTeamMember(ctx, { ...body, teamId: params.id, membershipId: params.membershipId });
  return Response.json(seat, { status: seat.added ? 201 : 200 });
});

export const DELETE = withWorkspace({ auth: 'any', role: 'manager', params }, ({ ctx, params }) => removeTeamMember(ctx, { teamId: params.id, membershipId: params.membershipId }));
