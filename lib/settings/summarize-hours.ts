// Weekly hours in words for lists and the playbook: rows with the same hours
// on consecutive days are grouped ("Mon–Fri 09:00–17:00 · Sat 10:00–15:00").
// Pure; shared by server pages and client forms.
export type HoursRow = { day: number; start: string; end: string };

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// Weeks read Monday first.
export const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

export function summarizeHours(rows: readonly HoursRow[]): string {
  const short = (d: number) => DAY_NAMES[d].slice(0, 3);
  const sorted = [...rows].sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || a.start.localeCompare(b.start));
  const groups: { days: number[]; start: string; end: string }[] = [];
  for (const r of sorted) {
    const g = groups.at(-1);
    const consecutive = g && g.start === r.start && g.end === r.end && DAY_ORDER.indexOf(r.day) === DAY_ORDER.indexOf(g.days.at(-1)!) + 1;
    if (g && consecutive) g.days.push(r.day);
    else groups.push({ days: [r.day], start: r.start, end: r.end });
  }
  return groups
    .map((g) => {
      const days = g.days.length === 7 ? 'Every day' : g.days.length > 2 ? `${short(g.days[0])}–${short(g.days.at(-1)!)}` : g.days.map(short).join(', ');
      return `${days} ${g.start}–${g.end}`;
    })
    .join(' · ');
}
