// A manager edits a routing rule or moves it (`position`: the others shift to
// make room, positions stay 0..n-1). Unknown or another workspace's id: 404.
import { notFound } from '@/lib/api/errors';
import { updateRoutingRuleInput, type UpdateRoutingRuleInput } from './routing-rule-input';
import { checkRoutingRuleRefs } from './check-routing-rule-refs';
import { describeChanges } from './describe-changes';
import { lockRoutingRules } from './lock-routing-rules';
import { moveInOrder, positionUpdates } from './move-in-order';
import { ROUTING_RULE_FIELDS, routingRuleView, type RoutingRuleView } from './routing-rule-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function updateRoutingRule(ctx: SettingsCtx, raw: UpdateRoutingRuleInput): Promise<RoutingRuleView> {
  const { id, position, ...fields } = updateRoutingRuleInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    await lockRoutingRules(tx, ctx.workspaceId);
    const existing = await tx.routingRule.findUnique({ where: { id } });
    if (!existing) throw notFound('Routing rule');
    const before = routingRuleView(existing);
    if (fields.conditions || fields.action) await checkRoutingRuleRefs(tx, { conditions: fields.conditions ?? before.conditions, action: fields.action ?? before.action });
    await tx.routingRule.update({ where: { id }, data: fields });
    if (position !== undefined) {
      const rows = await tx.routingRule.findMany({ select: { id: true, position: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
      const order = moveInOrder(rows.map((r) => r.id), id, position);
      for (const u of positionUpdates(rows, order)) await tx.routingRule.update({ where: { id: u.id }, data: { position: u.position } });
    }
    const after = routingRuleView(await tx.routingRule.findUniqueOrThrow({ where: { id } }));
    const changes = describeChanges(before, after, ROUTING_RULE_FIELDS);
    if (Object.keys(changes).length) {
      await writeAuditEvent(tx, ctx, { action: 'routing_rule.update', targetType: 'routing_rule', targetId: id, data: { name: after.name, changes } });
    }
    return after;
  });
}
