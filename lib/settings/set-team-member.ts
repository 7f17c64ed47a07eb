// A manager puts a person in a team or changes their seat: a capacity for
// this team (null: their default applies) and whether they lead it. Someone
// added, or with more room than before, may take waiting work at once: the
// team's backlog is looked at (outbox job).
import { notFound } from '@/lib/api/errors';
import { setTeamMemberInput, type SetTeamMemberInput } from './team-input';
import { loadTeams, type TeamMemberView } from './team-view';
import { describeChanges } from './describe-changes';
import { enqueueTeamBacklogs } from './enqueue-team-backlogs';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function setTeamMember(ctx: SettingsCtx, raw: SetTeamMemberInput): Promise<TeamMemberView & { added: boolean; backlogQueued: boolean }> {
  const input = setTeamMemberInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true } });
    if (!team) throw notFound('Team');
    const member = await tx.membership.findUnique({ where: { id: input.membershipId }, select: { id: true, capacity: true, user: { select: { name: true } } } });
    if (!member) throw notFound('Member');
    const key = { teamId_membershipId: { teamId: team.id, membershipId: member.id } };
    const existing = await tx.teamMember.findUnique({ where: key });
    const data = { ...(input.capacity !== undefined ? { capacity: input.capacity } : {}), ...(input.isLead !== undefined ? { isLead: input.isLead } : {}) };
    const row = existing
      ? await tx.teamMember.update({ where: key, data })
      : await tx.teamMember.create({ data: { teamId: team.id, membershipId: member.id, ...data } });
    const seat = (s: { capacity: number | null; isLead: boolean } | null) => (s ? { capacity: s.capacity, effectiveCapacity: s.capacity ?? member.capacity, isLead: s.isLead } : { capacity: null, effectiveCapacity: 0, isLead: false });
    const changes = describeChanges(seat(existing), seat(row), ['capacity', 'isLead']);
    let backlogQueued = false;
    if (!existing || Object.keys(changes).length) {
      const audit = await writeAuditEvent(tx, ctx, {
        action: existing ? 'team_member.update' : 'team_member.add',
        targetType: 'team',
        targetId: team.id,
        data: { team: team.name, member: member.user.name, membershipId: member.id, ...(existing ? { changes } : { after: seat(row) }) },
      });
      const moreRoom = !existing || seat(row).effectiveCapacity > seat(existing).effectiveCapacity;
      if (moreRoom) backlogQueued = (await enqueueTeamBacklogs(tx, ctx.workspaceId, [team.id], audit.id)).length > 0;
    }
    const [view] = await loadTeams(tx, { id: team.id });
    const me = view.members.find((m) => m.membershipId === member.id)!;
    return { ...me, added: !existing, backlogQueued };
  });
}
