// When a snoozed conversation comes back: the picker's presets ("in 1 hour",
// "tomorrow 9:00", "next Monday 9:00") and its custom date-time, all read in
// the WORKSPACE's time zone, not the agent's browser's: "tomorrow morning"
// means the team's morning. Pure, so the client and tests share it.
import { localParts, zonedTimeToUtc } from '@/lib/sla/zoned-time';

export type SnoozePreset = { key: 'hour' | 'tomorrow' | 'monday'; label: string; until: Date };

const MORNING = 9;

export function snoozePresets(now: Date, timeZone: string): SnoozePreset[] {
  const today = localParts(now, timeZone);
  const at9 = (daysAhead: number) => zonedTimeToUtc(today.year, today.month, today.day + daysAhead, MORNING, 0, timeZone);
  // Next Monday: the Monday after today (on a Monday, the one a week later).
  const toMonday = ((1 - today.weekday + 7) % 7) || 7;
  return [
    { key: 'hour', label: 'In 1 hour', until: new Date(now.getTime() + 3_600_000) },
    { key: 'tomorrow', label: 'Tomorrow 9:00', until: at9(1) },
    { key: 'monday', label: 'Next Monday 9:00', until: at9(toMonday) },
  ];
}

// A <input type="datetime-local"> value ("2026-11-23T14:30") read as wall-clock
// time in the workspace's zone; null when malformed.
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return zonedTimeToUtc(year, month, day, hour, minute, timeZone);
}

// The reverse, for the custom field's default value and minimum.
export function toLocalDateTimeValue(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
