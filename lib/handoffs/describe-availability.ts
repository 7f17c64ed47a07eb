// "On shift until 16:30", "Off shift · back Mon 08:00 (London)": whether a
// person works now for a team and when they are next at work, as a pure
// function, for the handoff form, the handoffs page and the playbook.
import { personWindows, shiftStatus, type ShiftLike } from '@/lib/routing/is-on-shift';
import { cityOf, formatLocalTime } from '@/lib/sla/zoned-time';

export type Availability = { on: boolean; label: string; nextStart: Date | null };

export function describeAvailability(shifts: readonly ShiftLike[], teamId: string | null, now: Date, viewerTimezone: string): Availability {
  const status = shiftStatus(shifts, teamId, now);
  if (status.on && status.unscheduled) return { on: true, label: 'No shifts set: always available', nextStart: null };
  if (status.on) return { on: true, label: `On shift until ${formatLocalTime(status.until, viewerTimezone, now)}`, nextStart: null };
  const next = personWindows(shifts, teamId, now, new Date(now.getTime() + 8 * 86_400_000)).find((w) => w.start.getTime() > now.getTime());
  if (!next) return { on: false, label: 'Off shift · no shift in the next 8 days', nextStart: null };
  return { on: false, label: `Off shift · back ${formatLocalTime(next.start, viewerTimezone, now)}`, nextStart: next.start };
}

// The team as a whole: who is on now, or who starts first and when.
export function describeTeamAvailability(
  members: readonly { name: string; shifts: readonly ShiftLike[] }[],
  teamId: string,
  now: Date,
  viewerTimezone: string,
): { on: boolean; label: string } {
  const states = members.map((m) => ({ name: m.name, a: describeAvailability(m.shifts, teamId, now, viewerTimezone) }));
  const on = states.filter((s) => s.a.on).map((s) => s.name);
  if (on.length) return { on: true, label: `On shift now: ${on.slice(0, 3).join(', ')}${on.length > 3 ? ` and ${on.length - 3} more` : ''}` };
  const next = states.filter((s) => s.a.nextStart).sort((x, y) => x.a.nextStart!.getTime() - y.a.nextStart!.getTime())[0];
  if (!next) return { on: false, label: members.length ? 'Nobody on shift, and no shift in the next 8 days' : 'No members yet' };
  return { on: false, label: `Nobody on shift · ${next.name} starts ${formatLocalTime(next.a.nextStart!, viewerTimezone, now)} (${cityOf(viewerTimezone)} time)` };
}
