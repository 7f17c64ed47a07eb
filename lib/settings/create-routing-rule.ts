// A manager adds a routing rule: at the end of the list, or at `position`
// (the rules from there move down one). References are checked; the change
// is audited.
import { createRoutingRuleInput, type CreateRoutingRuleInput } from './routing-rule-input';
import { checkRoutingRuleRefs } from './check-routing-rule-refs';
import { lockRoutingRules } from './lock-routing-rules';
import { moveInOrder, positionUpdates } from './move-in-order';
import { routingRuleView, type RoutingRuleView } from './routing-rule-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function createRoutingRule(ctx: SettingsCtx, raw: CreateRoutingRuleInput): Promise<RoutingRuleView> {
  const input = createRoutingRuleInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    await checkRoutingRuleRefs(tx, input);
    await lockRoutingRules(tx, ctx.workspaceId);
    const existing = await tx.routingRule.findMany({ select: { id: true, position: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    const row = await tx.routingRule.create({
      data: { workspaceId: ctx.workspaceId, name: input.name, enabled: input.enabled, conditions: input.conditions, action: input.action, position: existing.length },
    });
    const order = moveInOrder([...existing.map((r) => r.id), row.id], row.id, input.position ?? existing.length);
    for (const u of positionUpdates([...existing, { id: row.id, position: row.position }], order)) {
      await tx.routingRule.update({ where: { id: u.id }, data: { position: u.position } });
    }
    const saved = await tx.routingRule.findUniqueOrThrow({ where: { id: row.id } });
    const view = routingRuleView(saved);
    await writeAuditEvent(tx, ctx, {
      action: 'routing_rule.create',
      targetType: 'routing_rule',
      targetId: row.id,
      data: { after: { name: view.name, position: view.position, enabled: view.enabled, conditions: view.conditions, action: view.action } },
    });
    return view;
  });
}
