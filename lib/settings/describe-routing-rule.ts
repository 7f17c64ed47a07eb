// A routing rule in words, for the settings list and the playbook:
// "When tagged Sales lead · on WhatsApp" → "Sales · needs a Spanish speaker".
// Pure; names come from lookups so a renamed team reads right.
import type { RoutingAction, RoutingConditions } from '@/lib/routing/routing-rule-schema';

export type RuleNames = { tags: Map<string, string>; teams: Map<string, string>; members: Map<string, string> };

export const PROVIDER_LABEL: Record<string, string> = {
  messenger: 'Messenger',
  instagram: 'Instagram',
  whatsapp: 'WhatsApp',
  x: 'X',
  sms: 'SMS',
  email: 'Email',
  chat: 'Live chat',
  api: 'API',
};

export const SEVERITY_SCOPE: Record<number, string> = { 1: 'SEV1 only', 2: 'SEV1–SEV2', 3: 'SEV1–SEV3', 4: 'any severity' };

export function describeRoutingRule(c: RoutingConditions, a: RoutingAction, names: RuleNames): { when: string[]; then: string[] } {
  const when: string[] = [];
  if (c.tags?.length) when.push(`tagged ${c.tags.map((t) => names.tags.get(t) ?? t).join(' or ')}`);
  if (c.providers?.length) when.push(`on ${c.providers.map((p) => PROVIDER_LABEL[p] ?? p).join(' or ')}`);
  if (c.languages?.length) when.push(`in ${c.languages.join(' or ')}`);
  if (c.severityAtMost !== undefined && c.severityAtMost < 4) when.push(SEVERITY_SCOPE[c.severityAtMost]);
  const then: string[] = [];
  if (a.teamKey) then.push(`route to ${names.teams.get(a.teamKey) ?? `unknown team "${a.teamKey}"`}`);
  if (a.assigneeId) then.push(`assign to ${names.members.get(a.assigneeId) ?? 'a removed member'}`);
  if (a.requireLanguage) then.push(`needs a ${a.requireLanguage} speaker`);
  if (a.escalateToOnCall) then.push('page the senior on call');
  return { when: when.length ? when : ['every conversation'], then };
}
