// A manager takes a person out of a team. Their conversations stay with them
// (a person is re-assigned by hand); the team's routing no longer picks them.
import { notFound } from '@/lib/api/errors';
import { removeTeamMemberInput, type RemoveTeamMemberInput } from './team-input';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function removeTeamMember(ctx: SettingsCtx, raw: RemoveTeamMemberInput): Promise<{ teamId: string; membershipId: string; removed: true }> {
  const input = removeTeamMemberInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true } });
    if (!team) throw notFound('Team');
    const seat = await tx.teamMember.findFirst({ where: { teamId: team.id, membershipId: input.membershipId }, include: { membership: { select: { user: { select: { name: true } } } } } });
    if (!seat) throw notFound('Team member');
    await tx.teamMember.delete({ where: { teamId_membershipId: { teamId: team.id, membershipId: input.membershipId } } });
    await writeAuditEvent(tx, ctx, {
      action: 'team_member.remove',
      targetType: 'team',
      targetId: team.id,
      data: { team: team.name, member: seat.membership.user.name, membershipId: input.membershipId, before: { capacity: seat.capacity, isLead: seat.isLead } },
    });
    return { teamId: team.id, membershipId: input.membershipId, removed: true as const };
  });
}
