// The overnight handoff, as a pure function: nobody in the owning team is on
// shift (a sales lead at 2 am), so the conversation waits in the team's queue
// with a handoff to the next person on shift and a note the morning reads:
// "Lead arrived 02:14 while Sales was off shift; Ioana starts 08:00 Bucharest".
// Among the people who start first, the one assigned longest ago gets it
// (round robin fairness); speakers of the required language come first.
import { nextShiftStart } from './next-shift-start';
import { speaks, type Candidate } from './pick-assignee';
import { cityOf, formatHhmm, localParts } from '@/lib/sla/zoned-time';

export type HandoffPlanInput = {
  teamId: string;
  teamName: string;
  // What arrived, for the note: "Lead", "Incident", "Message".
  label: string;
  arrivedAt: Date;
  workspaceTimezone: string;
  requireLanguage?: string;
  members: Candidate[];
  now: Date;
};

export type HandoffPlan = {
  to: { membershipId: string; name: string } | null;
  startsAt: Date | null;
  note: string;
};

export function planHandoff(input: HandoffPlanInput): HandoffPlan {
  const active = input.members.filter((m) => m.inTeam && m.active);
  const speakers = input.requireLanguage ? active.filter((m) => speaks(m.languages, input.requireLanguage!)) : [];
  const pool = speakers.length ? speakers : active;
  const arrived = `${input.label} arrived ${formatHhmm(input.arrivedAt, input.workspaceTimezone)} while ${input.teamName} was off shift`;

  const next = nextShiftStart(pool.map((m) => ({ membershipId: m.membershipId, name: m.name, shifts: m.shifts })), input.teamId, input.now);
  if (!next) return { to: null, startsAt: null, note: `${arrived}; nobody in ${input.teamName} has a shift in the next 8 days` };

  const starting = new Set(next.people.map((p) => p.membershipId));
  const time = (t: Date | null) => t?.getTime() ?? -Infinity;
  const pick = pool
    .filter((m) => starting.has(m.membershipId))
    .sort((a, b) => time(a.lastAssignedAt) - time(b.lastAssignedAt) || a.openCount - b.openCount || a.name.localeCompare(b.name))[0];
  const person = next.people.find((p) => p.membershipId === pick.membershipId)!;
  const when = person.timezone ? `${whenLocal(next.at, person.timezone, input.now)} ${cityOf(person.timezone)}` : whenLocal(next.at, input.workspaceTimezone, input.now);
  const speaker = speakers.length && input.requireLanguage ? ` (speaks ${input.requireLanguage})` : '';
  return {
    to: { membershipId: pick.membershipId, name: pick.name },
    startsAt: next.at,
    note: `${arrived}; ${firstName(pick.name)}${speaker} ${next.now ? 'is on shift now' : `starts ${when}`}`,
  };
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

// "08:00" when it is later the same local day, else "Mon 08:00".
function whenLocal(at: Date, timeZone: string, now: Date): string {
  const a = localParts(at, timeZone);
  const n = localParts(now, timeZone);
  const sameDay = a.year === n.year && a.month === n.month && a.day === n.day;
  const hhmm = formatHhmm(at, timeZone);
  if (sameDay) return hhmm;
  return `${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(at)} ${hhmm}`;
}

// A short label for the note, from the conversation's tags.
export function labelForTags(tags: readonly string[]): string {
  const labels: [string, string][] = [
    ['incident', 'Incident'],
    ['sales_lead', 'Lead'],
    ['technical_issue', 'Technical issue'],
    ['feature_request', 'Feature request'],
    ['ugc', 'Customer post'],
  ];
  return labels.find(([key]) => tags.includes(key))?.[1] ?? 'Message';
}
