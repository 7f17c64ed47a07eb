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

function formattedParts(at: Date | number, timeZone: string): LocalParts {
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

// formatToParts is slow (~20 µs) and routing, SLA and shift checks call this
// hundreds of times per message for the same few instants. A zone's offset from
// UTC only changes on a whole minute (every DST or zone change since 1900 does),
// so the offset is remembered per zone and minute and the parts are read off
// the shifted instant: the same answer as formatToParts, far cheaper.
const MINUTE = 60_000;
const offsets = new Map<string, number>();
const MAX_OFFSETS = 50_000;

function offsetOfMinute(minuteStart: number, timeZone: string): number {
  const key = `${timeZone}|${minuteStart}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const p = formattedParts(minuteStart, timeZone);
    off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - minuteStart;
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

export function localParts(at: Date | number, timeZone: string): LocalParts {
  const t = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(t)) return formattedParts(at, timeZone);
  const seconds = Math.floor(t / 1000) * 1000;
  const minuteStart = Math.floor(t / MINUTE) * MINUTE;
  const d = new Date(seconds + offsetOfMinute(minuteStart, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
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

// Formatters are costly to build; one per zone and style is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, style: 'hhmm' | 'day' | 'weekday' | 'date'): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'hhmm' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : style === 'day' ? { dateStyle: 'short' }
      : style === 'weekday' ? { weekday: 'short' }
      : { day: 'numeric', month: 'short' };
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

export function formatHhmm(at: Date, timeZone: string): string {
  return formatter('en-GB', timeZone, 'hhmm').format(at);
}

// "10:32" today, "Mon 10:32" on another day within the week, "1 Jun 10:32" beyond.
export function formatLocalTime(at: Date, timeZone: string, now: Date): string {
  const hhmm = formatHhmm(at, timeZone);
  const dayOf = (d: Date) => formatter('en-CA', timeZone, 'day').format(d);
  if (dayOf(at) === dayOf(now)) return hhmm;
  const weekday = formatter('en-GB', timeZone, 'weekday').format(at);
  return Math.abs(at.getTime() - now.getTime()) < 6 * 86_400_000
    ? `${weekday} ${hhmm}`
    : `${formatter('en-GB', timeZone, 'date').format(at)} ${hhmm}`;
}

const validZones = new Map<string, boolean>();
export function isValidTimeZone(timeZone: string): boolean {
  let ok = validZones.get(timeZone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      ok = true;
    } catch {
      ok = false;
    }
    if (validZones.size > 1000) validZones.clear();
    validZones.set(timeZone, ok);
  }
  return ok;
}
