// A small stand-in for the routing worker, so the demo's teams, assignees and
// reasons look like the product made them: tag → team by precedence, a
// language requirement, round robin (or least loaded) among the people on
// shift when it arrived, within capacity, SEV1 to the senior on call.
// Processed oldest first, so round robin has a history.
import { isWithinWeeklyHours } from './add-business-minutes';
import { PEOPLE, personByKey, type DemoPerson } from './demo-people';
import { TAG_PRECEDENCE, TAGS, TEAMS } from './demo-playbook';
import type { PersonKey, TagKey, TeamKey, ThreadScript } from './thread-script';

export type Route = {
  team: TeamKey | null;
  teamReason: string;
  assignee: PersonKey | null;
  method: 'round_robin' | 'least_loaded' | 'escalation' | 'manual' | 'handoff' | null;
  assignReason: string;
};

const REQUIRED_LANGUAGE: Partial<Record<string, string>> = { 'zh-Hant': 'zh', 'zh-Hans': 'zh', ro: 'ro', es: 'es' };
const teamName = (key: TeamKey) => TEAMS.find((t) => t.key === key)!.name;

export function teamForTags(tags: TagKey[]): { team: TeamKey; reason: string } {
  const top = TAG_PRECEDENCE.find((k) => tags.includes(k));
  if (!top) return { team: 'support', reason: 'default: untagged service question → Support' };
  const owner = TAGS.find((t) => t.key === top)!.ownerTeam;
  return { team: owner, reason: `rule: ${top} → ${teamName(owner)}` };
}

export function capacityOf(person: PersonKey, team: TeamKey): number {
  const p = personByKey.get(person)!;
  return p.teams.find((t) => t.key === team)?.capacity ?? p.capacity;
}

export function isOnShift(person: DemoPerson, team: TeamKey, at: Date): boolean {
  return person.shifts.some((shift) => (!shift.team || shift.team === team) && isWithinWeeklyHours(shift.weeklyHours, shift.timezone, at));
}

export class DemoRouter {
  private load = new Map<PersonKey, number>();
  private lastAssigned = new Map<PersonKey, number>();
  private tick = 0;

  // Open work each person holds, for "3 of 12 open".
  openCount(person: PersonKey): number {
    return this.load.get(person) ?? 0;
  }

  route(s: ThreadScript, activeTags: TagKey[], lastReplier: PersonKey | undefined, arrivedAt: Date): Route {
    const routed = s.team !== undefined
      ? { team: s.team, reason: s.team ? `set by an agent → ${teamName(s.team)}` : 'no team: spam, off-topic or auto-reply' }
      : teamForTags(activeTags);
    const team = routed.team;
    const open = s.status !== 'resolved';
    const finish = (assignee: PersonKey | null, method: Route['method'], why: (load: string) => string): Route => {
      let assignReason = '';
      if (assignee) {
        if (open) this.load.set(assignee, this.openCount(assignee) + 1);
        this.lastAssigned.set(assignee, ++this.tick);
        const capacity = team ? capacityOf(assignee, team) : personByKey.get(assignee)!.capacity;
        assignReason = why(open ? `, ${this.openCount(assignee)} of ${capacity} open` : '');
      }
      return { team, teamReason: routed.reason, assignee, method: assignee ? method : null, assignReason };
    };

    if (s.to === null) return finish(null, null, () => '');
    if (s.to) return finish(s.to, 'manual', (load) => `picked up by ${personByKey.get(s.to!)!.name}${load}`);
    // Overnight: the night agent holds it until the handoff.
    if (s.handoff) return finish(s.handoff.from ?? 'sam', 'round_robin', (load) => `round robin, overnight shift${load}`);
    if (s.sev === 1 && team === 'incident') return finish('tomas', 'escalation', () => 'SEV1: paged the senior on call');
    if (lastReplier) return finish(lastReplier, team === 'incident' ? 'least_loaded' : 'round_robin', (load) => `${team === 'incident' ? 'least loaded' : 'round robin'}${load}`);
    if (!team) return finish(null, null, () => '');

    // Only people on shift when it arrived, who speak the language if a rule requires it, with room left.
    const language = REQUIRED_LANGUAGE[s.lang];
    const onShift = PEOPLE.filter((p) => p.role === 'agent' && p.teams.some((t) => t.key === team) && isOnShift(p, team, arrivedAt));
    const speakers = onShift.filter((p) => !language || p.languages.includes(language));
    const members = speakers.filter((p) => this.openCount(p.key) < capacityOf(p.key, team));
    if (!members.length) {
      const why = !onShift.length ? `nobody in ${teamName(team)} on shift` : !speakers.length ? `no ${language} speaker on shift in ${teamName(team)}` : `everyone in ${teamName(team)} at capacity`;
      return { team, teamReason: `${routed.reason}; ${why}, waiting in the queue`, assignee: null, method: null, assignReason: '' };
    }
    const mode = TEAMS.find((t) => t.key === team)!.assignmentMode;
    const pick = mode === 'least_loaded'
      ? [...members].sort((x, y) => this.openCount(x.key) / capacityOf(x.key, team) - this.openCount(y.key) / capacityOf(y.key, team))[0]
      : [...members].sort((x, y) => (this.lastAssigned.get(x.key) ?? 0) - (this.lastAssigned.get(y.key) ?? 0))[0];
    const via = language ? `, speaks ${language}` : '';
    return finish(pick.key, mode, (load) => `${mode === 'least_loaded' ? 'least loaded' : 'round robin'}${via}${load}`);
  }

  // Moves one open conversation from one person to another (a handoff).
  transfer(from: PersonKey, to: PersonKey) {
    this.load.set(from, Math.max(0, this.openCount(from) - 1));
    this.load.set(to, this.openCount(to) + 1);
  }
}
