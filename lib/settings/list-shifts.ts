// Every shift in the workspace, by person then name.
import type { SettingsCtx } from './settings-context';
import { shiftInclude, shiftView, type ShiftView } from './shift-view';

export async function listShifts(ctx: Pick<SettingsCtx, 'db'>, opts: { membershipId?: string; teamId?: string } = {}): Promise<ShiftView[]> {
  const rows = await ctx.db.shift.findMany({
    where: { ...(opts.membershipId ? { membershipId: opts.membershipId } : {}), ...(opts.teamId ? { teamId: opts.teamId } : {}) },
    include: shiftInclude,
    orderBy: [{ membership: { user: { name: 'asc' } } }, { name: 'asc' }, { id: 'asc' }],
  });
  return rows.map(shiftView);
}
