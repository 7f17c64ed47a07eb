// Who in a team gets a conversation now, as a pure function with a reason.
// Only members who are active, on shift now in their own time zone (or have
// no shifts at all), under capacity and speaking the required language.
// Round robin: the eligible member assigned longest ago (fair over time);
// least loaded: the fewest open conversations. A SEV1 escalation goes at
// once, whatever the capacity, to the senior on call (an on-call shift active
// now), else a senior on shift, else the team's manager.
import { shiftStatus, type ShiftLike } from './is-on-shift';
import { formatHhmm, cityOf } from '@/lib/sla/zoned-time';

export type Candidate = {
  membershipId: string;
  name: string;
  active: boolean;
  isSenior: boolean;
  languages: string[];
  // Effective capacity in this team (TeamMember.capacity ?? Membership.capacity).
  capacity: number;
  // Open conversations assigned to this person now (all teams).
  openCount: number;
  // TeamMember.lastAssignedAt in this team.
  lastAssignedAt: Date | null;
  shifts: ShiftLike[];
  // Member of the team being routed to (seniors from elsewhere may be listed for escalation).
  inTeam: boolean;
};

export type PickInput = {
  teamId: string;
  teamName: string;
  mode: 'round_robin' | 'least_loaded' | 'manual';
  escalate: boolean;
  requireLanguage?: string;
  candidates: Candidate[];
  manager?: { membershipId: string; name: string } | null;
  now: Date;
};

export type PickMethod = 'round_robin' | 'least_loaded' | 'on_call' | 'none';
export type Blocked = 'no_members' | 'off_shift' | 'language' | 'capacity' | 'manual';

export type PickResult = {
  assignee: { membershipId: string; name: string } | null;
  method: PickMethod;
  reason: string;
  blocked?: Blocked;
  // The language requirement that applied (waived when nobody in the team speaks it).
  language?: string;
};

export function speaks(languages: readonly string[], required: string): boolean {
  const r = required.toLowerCase();
  return languages.some((l) => {
    const x = l.toLowerCase();
    return x === r || x.startsWith(`${r}-`) || r.startsWith(`${x}-`);
  });
}

const time = (t: Date | null) => t?.getTime() ?? -Infinity;
const byName = (a: Candidate, b: Candidate) => a.name.localeCompare(b.name) || a.membershipId.localeCompare(b.membershipId);
const roundRobinOrder = (a: Candidate, b: Candidate) => time(a.lastAssignedAt) - time(b.lastAssignedAt) || a.openCount - b.openCount || byName(a, b);
const leastLoadedOrder = (a: Candidate, b: Candidate) => a.openCount - b.openCount || time(a.lastAssignedAt) - time(b.lastAssignedAt) || byName(a, b);

export function pickAssignee(input: PickInput): PickResult {
  if (input.escalate) {
    const escalated = pickOnCall(input);
    if (escalated) return escalated;
  }
  const members = input.candidates.filter((c) => c.inTeam && c.active);
  const team = input.teamName;
  if (input.mode === 'manual') return none('manual', `${team} assigns by hand`);
  if (!members.length) return none('no_members', `nobody in ${team}`);

  const onShift = members.filter((m) => shiftStatus(m.shifts, input.teamId, input.now).on);
  if (!onShift.length) return none('off_shift', `nobody in ${team} on shift`);

  let language = input.requireLanguage;
  let waived = '';
  if (language && !members.some((m) => speaks(m.languages, language!))) {
    waived = `, nobody in ${team} speaks ${language}`;
    language = undefined;
  }
  const speakers = language ? onShift.filter((m) => speaks(m.languages, language!)) : onShift;
  if (!speakers.length) return { ...none('language', `no ${language} speaker on shift in ${team}`), language };

  const withRoom = speakers.filter((m) => m.openCount < m.capacity);
  if (!withRoom.length) return { ...none('capacity', `everyone on shift in ${team}${language ? ` who speaks ${language}` : ''} is at capacity`), language };

  const leastLoaded = input.mode === 'least_loaded';
  const pick = [...withRoom].sort(leastLoaded ? leastLoadedOrder : roundRobinOrder)[0];
  const via = language ? `, speaks ${language}` : waived;
  return {
    assignee: { membershipId: pick.membershipId, name: pick.name },
    method: leastLoaded ? 'least_loaded' : 'round_robin',
    reason: `${leastLoaded ? 'least loaded' : 'round robin'}${via}, ${pick.openCount + 1} of ${pick.capacity} open`,
    language,
  };
}

function none(blocked: Blocked, reason: string): PickResult {
  return { assignee: null, method: 'none', reason, blocked };
}

// SEV1: the senior on call now (team members first, then the fewest open),
// else a senior on shift, else the team's manager.
function pickOnCall(input: PickInput): PickResult | null {
  const seniors = input.candidates.filter((c) => c.active && c.isSenior);
  const order = (a: Candidate, b: Candidate) => Number(b.inTeam) - Number(a.inTeam) || leastLoadedOrder(a, b);
  const onCall = seniors
    .map((c) => ({ c, s: shiftStatus(c.shifts, input.teamId, input.now, { onCallOnly: true }) }))
    .filter((x) => x.s.on)
    .sort((a, b) => order(a.c, b.c));
  if (onCall.length) {
    const { c, s } = onCall[0];
    const until = s.on && !s.unscheduled ? ` (${s.shift.name || 'on call'} until ${formatHhmm(s.until, s.shift.timezone)} ${cityOf(s.shift.timezone)})` : '';
    return { assignee: { membershipId: c.membershipId, name: c.name }, method: 'on_call', reason: `SEV1: senior on call${until}` };
  }
  // As in normal routing, a senior with no shifts at all counts as available.
  const onShift = seniors.filter((c) => shiftStatus(c.shifts, input.teamId, input.now).on).sort(order);
  if (onShift.length) {
    const c = onShift[0];
    return { assignee: { membershipId: c.membershipId, name: c.name }, method: 'on_call', reason: 'SEV1: nobody on call, senior on shift' };
  }
  if (input.manager) {
    return { assignee: input.manager, method: 'on_call', reason: `SEV1: no senior on call or on shift, ${input.teamName}'s manager` };
  }
  return null;
}
