// When someone in a team is next at work, and who: for the overnight handoff
// ("Ioana starts 08:00 Bucharest") and the out-of-hours reply ("we are back
// at 08:00"). Pure.
import { personWindows, shiftStatus, shiftsForTeam, type ShiftLike } from './is-on-shift';

export type RosterMember = { membershipId: string; name: string; shifts: ShiftLike[] };

export type NextShift = {
  at: Date;
  // Already on shift at `now` (then `at` is `now`).
  now: boolean;
  people: { membershipId: string; name: string; timezone: string | null; shiftName: string }[];
};

const HORIZON_DAYS = 8;

export function nextShiftStart(members: readonly RosterMember[], teamId: string | null, now: Date): NextShift | null {
  const onNow = members.filter((m) => shiftStatus(m.shifts, teamId, now).on);
  if (onNow.length) {
    return { at: now, now: true, people: onNow.map((m) => ({ membershipId: m.membershipId, name: m.name, ...describe(m, teamId, now) })) };
  }
  const to = new Date(now.getTime() + HORIZON_DAYS * 86_400_000);
  let best: { at: number; people: RosterMember[] } | null = null;
  for (const m of members) {
    const next = personWindows(m.shifts, teamId, now, to).find((w) => w.start.getTime() > now.getTime());
    if (!next) continue;
    const at = next.start.getTime();
    // People starting within the same minute start together.
    if (!best || at < best.at - 60_000) best = { at, people: [m] };
    else if (Math.abs(at - best.at) <= 60_000) best.people.push(m);
  }
  if (!best) return null;
  const at = new Date(best.at);
  return { at, now: false, people: best.people.map((m) => ({ membershipId: m.membershipId, name: m.name, ...describe(m, teamId, at) })) };
}

// The shift that covers `at` (time zone and name for the note).
function describe(m: RosterMember, teamId: string | null, at: Date): { timezone: string | null; shiftName: string } {
  const status = shiftStatus(m.shifts, teamId, new Date(at.getTime() + 1000));
  if (status.on && !status.unscheduled) return { timezone: status.shift.timezone, shiftName: status.shift.name ?? '' };
  const any = shiftsForTeam(m.shifts, teamId)[0];
  return { timezone: any?.timezone ?? null, shiftName: any?.name ?? '' };
}

// When a person's latest stretch of work before `before` ended (for "new
// leads since your last shift"); null when they have no shift in the window.
export function lastShiftEnd(shifts: readonly ShiftLike[], before: Date, lookbackDays = 8): Date | null {
  const from = new Date(before.getTime() - lookbackDays * 86_400_000);
  const ended = personWindows(shifts, null, from, before).filter((w) => w.end.getTime() <= before.getTime());
  return ended.length ? ended[ended.length - 1].end : null;
}
