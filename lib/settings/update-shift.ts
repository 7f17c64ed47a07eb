// A manager changes a shift (hours, time zone, on-call, person or team). The
// teams of the people concerned get their backlog looked at.
import { notFound } from '@/lib/api/errors';
import { updateShiftInput, type UpdateShiftInput } from './shift-input';
import { checkShiftRefs, SHIFT_FIELDS, shiftInclude, shiftView, teamsOfMember, type ShiftView } from './shift-view';
import { describeChanges } from './describe-changes';
import { enqueueTeamBacklogs } from './enqueue-team-backlogs';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function updateShift(ctx: SettingsCtx, raw: UpdateShiftInput): Promise<ShiftView> {
  const { id, ...fields } = updateShiftInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.shift.findUnique({ where: { id }, include: shiftInclude });
    if (!existing) throw notFound('Shift');
    await checkShiftRefs(tx, fields);
    const row = await tx.shift.update({ where: { id }, data: fields, include: shiftInclude });
    const before = shiftView(existing);
    const after = shiftView(row);
    const changes = describeChanges(before, after, SHIFT_FIELDS);
    if (!Object.keys(changes).length) return after;
    const audit = await writeAuditEvent(tx, ctx, { action: 'shift.update', targetType: 'shift', targetId: id, data: { member: after.member.name, name: after.name, changes } });
    const people = new Set([before.membershipId, after.membershipId]);
    const teams = [before.teamId, after.teamId];
    for (const p of people) teams.push(...(await teamsOfMember(tx, p)));
    await enqueueTeamBacklogs(tx, ctx.workspaceId, teams, audit.id);
    return after;
  });
}
