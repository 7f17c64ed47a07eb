// Tags and tag rules as the API, the settings pages and the playbook show them.
import { invalidField } from './field-error';
import type { Tx } from './settings-context';

export type TagView = {
  id: string;
  key: string;
  name: string;
  description: string;
  nextSteps: string;
  color: string;
  isDefault: boolean;
  ownerTeam: { id: string; key: string; name: string } | null;
  ruleCount: number;
};

export type TagRuleView = {
  id: string;
  tag: { id: string; key: string; name: string };
  name: string;
  keywords: string[];
  pattern: string | null;
  provider: string | null;
  minFollowers: number | null;
  vipOnly: boolean;
  confidence: number;
  enabled: boolean;
  createdAt: Date;
};

export const tagInclude = { ownerTeam: { select: { id: true, key: true, name: true } }, _count: { select: { rules: true } } } as const;
export const tagRuleInclude = { tag: { select: { id: true, key: true, name: true } } } as const;

type TagRow = { id: string; key: string; name: string; description: string; nextSteps: string; color: string; isDefault: boolean; ownerTeam: TagView['ownerTeam']; _count: { rules: number } };
type RuleRow = Omit<TagRuleView, 'provider'> & { provider: string | null };

export function tagView(t: TagRow): TagView {
  return { id: t.id, key: t.key, name: t.name, description: t.description, nextSteps: t.nextSteps, color: t.color, isDefault: t.isDefault, ownerTeam: t.ownerTeam, ruleCount: t._count.rules };
}

export function tagRuleView(r: RuleRow): TagRuleView {
  const { id, tag, name, keywords, pattern, provider, minFollowers, vipOnly, confidence, enabled, createdAt } = r;
  return { id, tag, name, keywords, pattern, provider, minFollowers, vipOnly, confidence, enabled, createdAt };
}

export const TAG_FIELDS = ['name', 'description', 'nextSteps', 'color', 'ownerTeamId'] as const;
export const TAG_RULE_FIELDS = ['tagId', 'name', 'keywords', 'pattern', 'provider', 'minFollowers', 'vipOnly', 'confidence', 'enabled'] as const;

// A team key named as owner → its id (null clears it); unknown: 400 on ownerTeam.
export async function ownerTeamId(tx: Tx, key: string | null | undefined): Promise<string | null | undefined> {
  if (key === undefined || key === null) return key;
  const team = await tx.team.findFirst({ where: { key }, select: { id: true } });
  if (!team) {
    const keys = (await tx.team.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((t) => t.key);
    throw invalidField('ownerTeam', `No team with key "${key}" (teams: ${keys.join(', ') || 'none yet'})`);
  }
  return team.id;
}

// A tag key → its id; unknown: 400 on `tag`.
export async function tagIdForKey(tx: Tx, key: string): Promise<string> {
  const tag = await tx.tag.findFirst({ where: { key }, select: { id: true } });
  if (!tag) throw invalidField('tag', `No tag "${key}" in the taxonomy`);
  return tag.id;
}
