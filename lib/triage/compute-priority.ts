// The inbox's priority score (higher = more urgent), as a pure function.
// Order: severity first, then how close the SLA is to breaching, then how long
// the customer has waited. Waiting also ages the severity: every AGING_MINUTES
// of waiting lifts a conversation one band, at most MAX_LIFT bands and never
// into SEV1 (kept for real crises), so old low-severity messages are never
// starved by a steady stream of more severe ones, yet a fresh outage still
// comes first. Recomputed whenever a conversation changes and periodically.

export const AGING_MINUTES = 8 * 60;
export const MAX_LIFT = 2;
const WEEK_MINUTES = 7 * 24 * 60;

export type PriorityInput = {
  severity: number; // 1 critical .. 4 low
  waitingSince?: Date | null; // null when we answered last
  dueAt?: Date | null; // the next SLA deadline, if any
};

export type Priority = { score: number; effectiveSeverity: number; reasons: string[] };

export function computePriority(input: PriorityInput, now: Date = new Date()): Priority {
  const severity = Math.min(4, Math.max(1, Math.round(input.severity)));
  const waitedMin = input.waitingSince ? Math.max(0, (now.getTime() - input.waitingSince.getTime()) / 60_000) : 0;
  const lifted = Math.min(MAX_LIFT, Math.floor(waitedMin / AGING_MINUTES));
  const effectiveSeverity = severity === 1 ? 1 : Math.max(2, severity - lifted);
  const minutesLeft = input.dueAt ? (input.dueAt.getTime() - now.getTime()) / 60_000 : WEEK_MINUTES;
  // 0 a week or more before the deadline, 9999 at or past it.
  const slaUrgency = Math.min(9999, Math.max(0, Math.round(((WEEK_MINUTES - minutesLeft) / WEEK_MINUTES) * 9999)));
  const score = (5 - effectiveSeverity) * 100_000_000 + slaUrgency * 10_000 + Math.min(9999, Math.round(waitedMin));

  const reasons = [`SEV${severity}`];
  if (effectiveSeverity < severity) reasons.push(`ranked as SEV${effectiveSeverity} after waiting ${formatMinutes(waitedMin)}`);
  if (input.dueAt) reasons.push(minutesLeft <= 0 ? `SLA breached ${formatMinutes(-minutesLeft)} ago` : `SLA due in ${formatMinutes(minutesLeft)}`);
  if (waitedMin >= 1) reasons.push(`waiting ${formatMinutes(waitedMin)}`);
  return { score, effectiveSeverity, reasons };
}

export function formatMinutes(min: number): string {
  const m = Math.round(min);
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) return `${Math.floor(m / 60)} h ${m % 60 ? `${m % 60} min` : ''}`.trim();
  return `${Math.floor(m / 1440)} d`;
}
