// The SLA deadline a list row shows ("SLA 12m", red once past): the earliest
// of the conversation's pending targets. Targets that are met are cleared to
// null by the SLA worker (lib/sla/apply-sla.ts), and a conversation that is
// not open (pending, snoozed, resolved) is not on the clock for the list.
type Dues = {
  status: string;
  firstResponseDueAt: Date | string | null;
  nextResponseDueAt: Date | string | null;
  resolutionDueAt: Date | string | null;
};

export function nextSlaDue(c: Dues): Date | null {
  if (c.status !== 'open') return null;
  let best: Date | null = null;
  for (const v of [c.firstResponseDueAt, c.nextResponseDueAt, c.resolutionDueAt]) {
    if (!v) continue;
    const d = v instanceof Date ? v : new Date(v);
    if (Number.isNaN(d.getTime())) continue;
    if (!best || d.getTime() < best.getTime()) best = d;
  }
  return best;
}

// "12m", "3h", "2d" until (or since, when breached) the deadline.
export function formatSlaLeft(due: Date, now: Date): { label: string; breached: boolean } {
  const ms = due.getTime() - now.getTime();
  const breached = ms <= 0;
  const min = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const span = min < 60 ? `${min}m` : min < 60 * 48 ? `${Math.round(min / 60)}h` : `${Math.round(min / 1440)}d`;
  return { label: breached ? `${span} over` : span, breached };
}
