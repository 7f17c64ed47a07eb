// Who is at work now, from their shifts (Shift.weeklyHours in the shift's own
// time zone, overnight spans and DST handled by lib/sla/weekly-windows). See
// shiftsForTeam for which shifts count for a team. A member with no shifts at
// all is treated as always available: a workspace that never set up shifts
// still gets round robin.
import { weeklyHours as weeklyHoursSchema } from '@/lib/shifts/weekly-hours-schema';
import { mergeWindows, weeklyWindows, windowAt, type TimeWindow, type WeeklyEntry } from '@/lib/sla/weekly-windows';
import { isValidTimeZone } from '@/lib/sla/zoned-time';

export type ShiftLike = { name?: string; timezone: string; weeklyHours: unknown; onCall?: boolean; teamId?: string | null };

const parsed = new WeakMap<object, WeeklyEntry[]>();

// A malformed schedule or time zone means "never on", never a crash.
export function entriesOf(shift: ShiftLike): WeeklyEntry[] {
  const cached = parsed.get(shift);
  if (cached) return cached;
  const r = weeklyHoursSchema.safeParse(shift.weeklyHours);
  const entries = r.success && isValidTimeZone(shift.timezone) ? r.data : [];
  parsed.set(shift, entries);
  return entries;
}

// The shifts that say when someone works for a team: those for that team or
// for no team; when they have none such, their other regular shifts (a shift
// kept under someone's home team is still when they work), never someone
// else's on-call duty.
export function shiftsForTeam<S extends ShiftLike>(shifts: readonly S[], teamId: string | null | undefined): S[] {
  if (!teamId) return [...shifts];
  const own = shifts.filter((s) => !s.teamId || s.teamId === teamId);
  return own.length ? own : shifts.filter((s) => !s.onCall);
}

// On-call duty: on-call shifts for the team (or no team), else any on-call shift.
function onCallShifts<S extends ShiftLike>(shifts: readonly S[], teamId: string | null | undefined): S[] {
  const onCall = shifts.filter((s) => s.onCall);
  const own = onCall.filter((s) => !s.teamId || !teamId || s.teamId === teamId);
  return own.length ? own : onCall;
}

export function shiftWindowAt(shift: ShiftLike, at: Date): TimeWindow | null {
  return windowAt(entriesOf(shift), shift.timezone, at);
}

export function isOnShift(shift: ShiftLike, at: Date): boolean {
  return shiftWindowAt(shift, at) !== null;
}

export type ShiftStatus =
  | { on: true; unscheduled: true }
  | { on: true; unscheduled: false; shift: ShiftLike; until: Date }
  | { on: false; unscheduled: false };

// Whether a person is on shift for a team now, and until when.
export function shiftStatus(shifts: readonly ShiftLike[], teamId: string | null | undefined, at: Date, opts: { onCallOnly?: boolean } = {}): ShiftStatus {
  const relevant = opts.onCallOnly ? onCallShifts(shifts, teamId) : shiftsForTeam(shifts, teamId);
  if (!opts.onCallOnly && !shifts.length) return { on: true, unscheduled: true };
  for (const shift of relevant) {
    const w = shiftWindowAt(shift, at);
    if (w) return { on: true, unscheduled: false, shift, until: w.end };
  }
  return { on: false, unscheduled: false };
}

// A person's working stretches (all their shifts for the team, merged; gaps
// of a few minutes, like an on-call rota's 23:59–00:00, do not split them).
export function personWindows(shifts: readonly ShiftLike[], teamId: string | null | undefined, from: Date, to: Date): TimeWindow[] {
  const all = shiftsForTeam(shifts, teamId).flatMap((s) => weeklyWindows(entriesOf(s), s.timezone, from, to));
  return mergeWindows(all, 5 * 60_000);
}
