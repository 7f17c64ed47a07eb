'use server';
// Server actions of the team and people settings (managers), same schemas as the API.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { removeTeamMemberInput, setTeamMemberInput, updateMemberInput, updateTeamInput } from '@/lib/settings/team-input';
import { updateTeam } from '@/lib/settings/update-team';
import { setTeamMember } from '@/lib/settings/set-team-member';
import { removeTeamMember } from '@/lib/settings/remove-team-member';
import { updateMember } from '@/lib/settings/update-member';

const done = <T>(value: T) => {
  revalidatePath('/settings/teams', 'layout');
  return value;
};

export const updateTeamAction = workspaceAction({ input: updateTeamInput, role: 'manager' }, async (ctx, input) => done({ id: (await updateTeam(ctx, input)).id }));
export const setTeamMemberAction = workspaceAction({ input: setTeamMemberInput, role: 'manager' }, async (ctx, input) => {
  const seat = await setTeamMember(ctx, input);
  return done({ membershipId: seat.membershipId, added: seat.added, backlogQueued: seat.backlogQueued });
});
export const removeTeamMemberAction = workspaceAction({ input: removeTeamMemberInput, role: 'manager' }, async (ctx, input) => done(await removeTeamMember(ctx, input)));
export const updateMemberAction = workspaceAction({ input: updateMemberInput, role: 'manager' }, async (ctx, input) => {
  const m = await updateMember(ctx, input);
  return done({ id: m.id, unassigned: m.unassigned });
});
