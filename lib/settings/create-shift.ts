// A manager adds working hours for a person. Someone may now be at work who
// was not, so the person's teams get their backlog looked at (outbox job).
import { createShiftInput, type CreateShiftInput } from './shift-input';
import { checkShiftRefs, shiftInclude, shiftView, teamsOfMember, type ShiftView } from './shift-view';
import { enqueueTeamBacklogs } from './enqueue-team-backlogs';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function createShift(ctx: SettingsCtx, raw: CreateShiftInput): Promise<ShiftView> {
  const input = createShiftInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    await checkShiftRefs(tx, input);
    const row = await tx.shift.create({
      data: { workspaceId: ctx.workspaceId, membershipId: input.membershipId, teamId: input.teamId ?? null, name: input.name, timezone: input.timezone, weeklyHours: input.weeklyHours, onCall: input.onCall },
      include: shiftInclude,
    });
    const view = shiftView(row);
    const audit = await writeAuditEvent(tx, ctx, {
      action: 'shift.create',
      targetType: 'shift',
      targetId: row.id,
      data: { after: { member: view.member.name, membershipId: view.membershipId, teamId: view.teamId, name: view.name, timezone: view.timezone, weeklyHours: view.weeklyHours, onCall: view.onCall } },
    });
    await enqueueTeamBacklogs(tx, ctx.workspaceId, [...(await teamsOfMember(tx, input.membershipId)), input.teamId], audit.id);
    return view;
  });
}
