// A manager removes a shift. With no shifts left a person counts as always
// available (lib/routing/is-on-shift.ts), so their teams' backlog is looked at.
import { notFound } from '@/lib/api/errors';
import { shiftInclude, shiftView, teamsOfMember } from './shift-view';
import { enqueueTeamBacklogs } from './enqueue-team-backlogs';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function deleteShift(ctx: SettingsCtx, input: { id: string }): Promise<{ id: string; deleted: true }> {
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.shift.findUnique({ where: { id: input.id }, include: shiftInclude });
    if (!existing) throw notFound('Shift');
    await tx.shift.delete({ where: { id: existing.id } });
    const v = shiftView(existing);
    const audit = await writeAuditEvent(tx, ctx, {
      action: 'shift.delete',
      targetType: 'shift',
      targetId: v.id,
      data: { before: { member: v.member.name, membershipId: v.membershipId, teamId: v.teamId, name: v.name, timezone: v.timezone, weeklyHours: v.weeklyHours, onCall: v.onCall } },
    });
    await enqueueTeamBacklogs(tx, ctx.workspaceId, [v.teamId, ...(await teamsOfMember(tx, v.membershipId))], audit.id);
    return { id: v.id, deleted: true as const };
  });
}
