// Which team owns a conversation, as a pure function with reasons. The
// workspace's routing rules are evaluated in position order; every matching
// rule contributes: the first team wins, the first language requirement and
// direct assignee win, escalation accumulates. Without a team from the rules,
// the default taxonomy decides by tag precedence (incident > sales_lead >
// technical_issue > feature_request > ugc). A SEV1 always escalates to the
// senior on call.
import { routingAction, routingConditions, type RoutingAction, type RoutingConditions } from './routing-rule-schema';

export type RouteFacts = { tags: string[]; provider: string; language: string | null; severity: number };
export type RuleRow = { id: string; name: string; position: number; enabled: boolean; conditions: unknown; action: unknown };
export type TeamRef = { key: string; name: string };

export type RouteDecision = {
  teamKey: string | null;
  teamReason: string;
  assigneeId?: string;
  requireLanguage?: string;
  escalate: boolean;
  escalateReason?: string;
  reasons: string[];
  matchedRuleIds: string[];
};

export const DEFAULT_TAG_TEAMS: [tag: string, team: string][] = [
  ['incident', 'incident'],
  ['sales_lead', 'sales'],
  ['technical_issue', 'support'],
  ['feature_request', 'product'],
  ['ugc', 'marketing'],
];

const sameLanguage = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
};

// What in the facts made a rule match, for "rule: sales_lead → Sales".
function matches(c: RoutingConditions, f: RouteFacts): string | null {
  const what: string[] = [];
  if (c.tags?.length) {
    const hit = c.tags.filter((t) => f.tags.includes(t));
    if (!hit.length) return null;
    what.push(hit.join(', '));
  }
  if (c.providers?.length) {
    if (!c.providers.includes(f.provider as never)) return null;
    what.push(f.provider);
  }
  if (c.languages?.length) {
    if (!f.language || !c.languages.some((l) => sameLanguage(l, f.language!))) return null;
    what.push(f.language);
  }
  if (c.severityAtMost !== undefined) {
    if (f.severity > c.severityAtMost) return null;
    what.push(`SEV${f.severity}`);
  }
  return what.length ? what.join(' + ') : 'everything else';
}

export function decideRoute(facts: RouteFacts, rules: readonly RuleRow[], teams: readonly TeamRef[]): RouteDecision {
  const teamByKey = new Map(teams.map((t) => [t.key, t]));
  const d: RouteDecision = { teamKey: null, teamReason: '', escalate: false, reasons: [], matchedRuleIds: [] };
  const ordered = [...rules].filter((r) => r.enabled).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));

  for (const rule of ordered) {
    const c = routingConditions.safeParse(rule.conditions);
    const a = routingAction.safeParse(rule.action);
    if (!c.success || !a.success) {
      d.reasons.push(`rule "${rule.name}" is malformed, skipped`);
      continue;
    }
    const what = matches(c.data, facts);
    if (!what) continue;
    d.matchedRuleIds.push(rule.id);
    apply(d, a.data, what, rule.name, teamByKey);
  }

  if (!d.teamKey) {
    const hit = DEFAULT_TAG_TEAMS.find(([tag, team]) => facts.tags.includes(tag) && teamByKey.has(team));
    if (hit) {
      const others = DEFAULT_TAG_TEAMS.filter(([tag]) => tag !== hit[0] && facts.tags.includes(tag)).map(([tag]) => tag);
      d.teamKey = hit[1];
      d.teamReason = `default: ${hit[0]} → ${teamByKey.get(hit[1])!.name}${others.length ? ` (over ${others.join(', ')})` : ''}`;
    } else if (facts.severity === 1 && teamByKey.has('incident')) {
      // A SEV1 never waits for a rule: Incident response owns it.
      d.teamKey = 'incident';
      d.teamReason = `default: SEV1 → ${teamByKey.get('incident')!.name}`;
    } else {
      d.teamReason = facts.tags.length ? `no rule for ${facts.tags.join(', ')}` : 'untagged, no rule matched';
    }
    d.reasons.push(d.teamReason);
  }

  if (facts.severity === 1 && !d.escalate) {
    d.escalate = true;
    d.escalateReason = 'SEV1 → senior on call';
    d.reasons.push(d.escalateReason);
  }
  return d;
}

function apply(d: RouteDecision, action: RoutingAction, what: string, ruleName: string, teamByKey: Map<string, TeamRef>) {
  if (action.teamKey && !d.teamKey) {
    const team = teamByKey.get(action.teamKey);
    if (team) {
      d.teamKey = team.key;
      d.teamReason = `rule: ${what} → ${team.name}`;
      d.reasons.push(d.teamReason);
    } else {
      d.reasons.push(`rule "${ruleName}" names unknown team "${action.teamKey}", ignored`);
    }
  }
  if (action.assigneeId && !d.assigneeId) {
    d.assigneeId = action.assigneeId;
    d.reasons.push(`rule "${ruleName}": assign directly`);
  }
  if (action.requireLanguage && !d.requireLanguage) {
    d.requireLanguage = action.requireLanguage;
    d.reasons.push(`rule: ${what} → needs a ${action.requireLanguage} speaker`);
  }
  if (action.escalateToOnCall && !d.escalate) {
    d.escalate = true;
    d.escalateReason = `rule: ${what} → senior on call`;
    d.reasons.push(d.escalateReason);
  }
}
