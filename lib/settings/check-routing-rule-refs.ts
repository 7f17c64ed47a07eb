// A routing rule may only name what exists in this workspace: a team key, an
// active member, tags of the taxonomy. Unknown ones are a 400 naming the field
// ("action.teamKey"), listing what would be valid, rather than a rule the
// engine silently skips at 2 am.
import type { RoutingAction, RoutingConditions } from '@/lib/routing/routing-rule-schema';
import { invalidFields, type FieldIssue } from './field-error';
import type { Tx } from './settings-context';

export async function checkRoutingRuleRefs(tx: Tx, rule: { conditions: RoutingConditions; action: RoutingAction }): Promise<void> {
  const issues: FieldIssue[] = [];
  const { teamKey, assigneeId } = rule.action;
  if (teamKey) {
    const teams = await tx.team.findMany({ select: { key: true }, orderBy: { key: 'asc' } });
    if (!teams.some((t) => t.key === teamKey)) {
      issues.push({ path: 'action.teamKey', message: `No team with key "${teamKey}" (teams: ${teams.map((t) => t.key).join(', ') || 'none yet'})` });
    }
  }
  if (assigneeId) {
    const m = await tx.membership.findFirst({ where: { id: assigneeId }, select: { active: true } });
    if (!m) issues.push({ path: 'action.assigneeId', message: `No member with id "${assigneeId}" in this workspace` });
    else if (!m.active) issues.push({ path: 'action.assigneeId', message: 'This member is deactivated' });
  }
  const tags = rule.conditions.tags ?? [];
  if (tags.length) {
    const known = new Set((await tx.tag.findMany({ where: { key: { in: tags } }, select: { key: true } })).map((t) => t.key));
    tags.forEach((t, i) => {
      if (!known.has(t)) issues.push({ path: `conditions.tags.${i}`, message: `No tag "${t}" in the taxonomy` });
    });
  }
  if (issues.length) throw invalidFields(issues);
}
