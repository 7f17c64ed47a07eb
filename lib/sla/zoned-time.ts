// Wall-clock arithmetic in IANA time zones with the built-in Intl API (no date
// library): what day and time it is somewhere, and which instant a local
// "Monday 08:00" is, correct across daylight-saving changes.
//
// DST rules, as people expect them: a local time that does not exist (the
// spring-forward gap, 01:30 in London on the last Sunday of March) means the
// moment the clock reaches it, i.e. the instant after the gap (02:30 BST); a
// local time that happens twice (autumn) means the first one.

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export type LocalParts = { year: number; month: number; day: number; weekday: number; hour: number; minute: number; second: number };

export function localParts(at: Date | number, timeZone: string): LocalParts {
  const p: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(at)) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: WEEKDAYS.indexOf(p.weekday),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

// Day of week (Sunday = 0) and minutes since local midnight, seconds included.
export function localTime(at: Date, timeZone: string): { day: number; minutes: number } {
  const p = localParts(at, timeZone);
  return { day: p.weekday, minutes: p.hour * 60 + p.minute + p.second / 60 };
}

// Local time minus UTC, in ms, at an instant.
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

// The instant of a local wall-clock time. month is 1-12; day may overflow
// (day 32 is the 1st of next month), as with Date.UTC.
export function zonedTimeToUtc(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets half a day either side cover both sides of any transition.
  const before = offsetAt(wall - 12 * 3_600_000, timeZone);
  const after = offsetAt(wall + 12 * 3_600_000, timeZone);
  const candidates = [...new Set([wall - before, wall - after])].sort((a, b) => a - b);
  for (const c of candidates) {
    if (offsetAt(c, timeZone) === wall - c) return new Date(c); // earliest valid reading
  }
  // In a gap: the pre-transition offset lands after the gap.
  return new Date(wall - before);
}

export const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

// "Europe/Bucharest" → "Bucharest", "America/New_York" → "New York".
export function cityOf(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

export function formatHhmm(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

// "10:32" today, "Mon 10:32" on another day within the week, "1 Jun 10:32" beyond.
export function formatLocalTime(at: Date, timeZone: string, now: Date): string {
  const hhmm = formatHhmm(at, timeZone);
  const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  if (dayOf(at) === dayOf(now)) return hhmm;
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(at);
  return Math.abs(at.getTime() - now.getTime()) < 6 * 86_400_000
    ? `${weekday} ${hhmm}`
    : `${new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' }).format(at)} ${hhmm}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
