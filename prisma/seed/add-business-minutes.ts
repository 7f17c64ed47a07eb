// Business-hours arithmetic for the demo's SLA due times: "4 business hours
// after a Saturday message" is Monday at noon, not Saturday afternoon. Works on
// wall-clock time in the policy's time zone (Intl, no date library).

export type BusinessHours = { timezone: string; days: { day: number; start: string; end: string }[] };

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

// Day of week (Sunday = 0) and minutes since local midnight, seconds included.
export function localTime(at: Date, timeZone: string): { day: number; minutes: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return { day: WEEKDAYS.indexOf(parts.weekday), minutes: Number(parts.hour) * 60 + Number(parts.minute) + Number(parts.second) / 60 };
}

export const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

function nextStart(hours: BusinessHours, day: number, minutes: number): { wait: number; start: number } {
  let best = { wait: Infinity, start: 0 };
  for (let offset = 0; offset <= 7; offset++) {
    for (const w of hours.days) {
      if (w.day !== (day + offset) % 7) continue;
      const wait = offset * 1440 + toMinutes(w.start) - minutes;
      if (wait > 0 && wait < best.wait) best = { wait, start: toMinutes(w.start) };
    }
  }
  return best;
}

// Whether `at` falls in one of the weekly windows; a window whose end is
// before its start runs past midnight (22:00–06:00).
export function isWithinWeeklyHours(days: BusinessHours['days'], timezone: string, at: Date): boolean {
  const { day, minutes } = localTime(at, timezone);
  return days.some((w) => {
    const start = toMinutes(w.start);
    const end = toMinutes(w.end);
    if (end > start) return w.day === day && minutes >= start && minutes < end;
    return (w.day === day && minutes >= start) || ((w.day + 1) % 7 === day && minutes < end);
  });
}

export function addBusinessMinutes(start: Date, minutes: number, hours: BusinessHours): Date {
  if (!hours.days.length) return new Date(start.getTime() + minutes * 60_000);
  let cursor = start.getTime();
  let remaining = minutes;
  // Each pass either consumes a window or jumps to the next one; the guard
  // only protects against a malformed schedule.
  for (let guard = 0; remaining > 0 && guard < 1000; guard++) {
    const { day, minutes: now } = localTime(new Date(cursor), hours.timezone);
    const open = hours.days.find((w) => w.day === day && toMinutes(w.start) <= now && now < toMinutes(w.end));
    if (open) {
      const take = Math.min(toMinutes(open.end) - now, remaining);
      cursor += take * 60_000;
      remaining -= take;
    } else {
      const next = nextStart(hours, day, now);
      cursor += next.wait * 60_000;
      // Across a daylight-saving change the wall clock moved by an hour on
      // the way: land exactly on the window's start.
      const drift = localTime(new Date(cursor), hours.timezone).minutes - next.start;
      if (Math.abs(drift) <= 120) cursor -= drift * 60_000;
    }
  }
  return new Date(Math.round(cursor / 1000) * 1000);
}

// "10:32" today, "Mon 10:32" on another day, in the workspace's time zone.
export function formatLocalTime(at: Date, timeZone: string, now: Date): string {
  const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  if (dayOf(at) === dayOf(now)) return hhmm;
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(at);
  return Math.abs(at.getTime() - now.getTime()) < 6 * 86_400_000 ? `${weekday} ${hhmm}` : `${new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' }).format(at)} ${hhmm}`;
}
