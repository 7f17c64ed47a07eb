// Weekly hours ({ day, start, end } in a time zone: shifts and business hours)
// turned into real time windows between two instants. Everything that asks
// "is someone on now", "when does the next shift start" or "add 4 business
// hours" goes through this, so they agree with each other and with DST:
// windows are built from local wall-clock times, so an 08:00 start is 08:00
// local on both sides of a daylight-saving change, and an overnight
// 22:00–06:00 on the night the clocks change is 7 or 9 real hours.
import { localParts, toMinutes, zonedTimeToUtc } from './zoned-time';

// day 0 = Sunday .. 6 = Saturday. An end before the start runs past midnight;
// an end equal to the start is a full 24 hours.
export type WeeklyEntry = { day: number; start: string; end: string };
export type TimeWindow = { start: Date; end: Date };

const DAY_MS = 86_400_000;

// Windows overlapping [from, to), sorted by start (not merged).
export function weeklyWindows(entries: readonly WeeklyEntry[], timeZone: string, from: Date, to: Date): TimeWindow[] {
  if (!entries.length || to.getTime() <= from.getTime()) return [];
  // Start a day early: yesterday's overnight window may still be running.
  const first = localParts(from.getTime() - DAY_MS, timeZone);
  const days = Math.ceil((to.getTime() - from.getTime()) / DAY_MS) + 3;
  const out: TimeWindow[] = [];
  for (let k = 0; k < days; k++) {
    const weekday = new Date(Date.UTC(first.year, first.month - 1, first.day + k)).getUTCDay();
    for (const entry of entries) {
      if (entry.day !== weekday) continue;
      const s = toMinutes(entry.start);
      const e = toMinutes(entry.end);
      const start = zonedTimeToUtc(first.year, first.month, first.day + k, Math.floor(s / 60), s % 60, timeZone);
      const endDay = first.day + k + (e <= s ? 1 : 0);
      const end = zonedTimeToUtc(first.year, first.month, endDay, Math.floor(e / 60), e % 60, timeZone);
      if (end.getTime() > from.getTime() && start.getTime() < to.getTime() && end.getTime() > start.getTime()) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

// Joins overlapping windows, and windows separated by at most `gapMs`
// (a 00:00–23:59 on-call rota is one continuous stretch, not 7 shifts).
export function mergeWindows(windows: readonly TimeWindow[], gapMs = 0): TimeWindow[] {
  const sorted = [...windows].sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: TimeWindow[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.start.getTime() <= last.end.getTime() + gapMs) {
      if (w.end.getTime() > last.end.getTime()) last.end = w.end;
    } else {
      out.push({ start: w.start, end: w.end });
    }
  }
  return out;
}

// The window containing `at`, if any.
export function windowAt(entries: readonly WeeklyEntry[], timeZone: string, at: Date): TimeWindow | null {
  const t = at.getTime();
  const around = weeklyWindows(entries, timeZone, new Date(t - 1), new Date(t + 1));
  return around.find((w) => w.start.getTime() <= t && t < w.end.getTime()) ?? null;
}
