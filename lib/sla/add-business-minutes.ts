// Business-hours arithmetic for SLA due times: "4 business hours after a
// Saturday message" is Monday at noon, not Saturday afternoon. Counts real
// minutes inside the policy's weekly windows (its own time zone), across
// nights, weekends and daylight-saving changes (see weekly-windows.ts).
import { mergeWindows, weeklyWindows, windowAt, type WeeklyEntry } from './weekly-windows';

export type BusinessHours = { timezone: string; days: WeeklyEntry[] };

const LOOKAHEAD_MS = 8 * 86_400_000;

export function addBusinessMinutes(start: Date, minutes: number, hours: BusinessHours): Date {
  if (!hours.days.length || minutes <= 0) return new Date(start.getTime() + Math.max(0, minutes) * 60_000);
  let cursor = start.getTime();
  let remaining = minutes * 60_000;
  // Each pass consumes up to eight days of windows; the guard only protects
  // against a schedule with no usable window at all.
  for (let guard = 0; guard < 520; guard++) {
    const windows = mergeWindows(weeklyWindows(hours.days, hours.timezone, new Date(cursor), new Date(cursor + LOOKAHEAD_MS)));
    if (!windows.length) break;
    for (const w of windows) {
      const from = Math.max(w.start.getTime(), cursor);
      const available = w.end.getTime() - from;
      if (available <= 0) continue;
      if (available >= remaining) return new Date(Math.round((from + remaining) / 1000) * 1000);
      remaining -= available;
      cursor = w.end.getTime();
    }
    cursor = Math.max(cursor, windows[windows.length - 1].end.getTime());
  }
  // No business hours at all in the schedule: count calendar time.
  return new Date(cursor + remaining);
}

// Whether `at` falls in one of the weekly windows.
export function isWithinWeeklyHours(days: readonly WeeklyEntry[], timezone: string, at: Date): boolean {
  return windowAt(days, timezone, at) !== null;
}
