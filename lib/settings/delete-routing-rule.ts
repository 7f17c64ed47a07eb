// A manager deletes a routing rule; the rules after it move up one. The audit
// entry keeps the whole rule, so it can be recreated from the log.
import { notFound } from '@/lib/api/errors';
import { lockRoutingRules } from './lock-routing-rules';
import { positionUpdates } from './move-in-order';
import { routingRuleView } from './routing-rule-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function deleteRoutingRule(ctx: SettingsCtx, input: { id: string }): Promise<{ id: string; deleted: true }> {
  return ctx.db.$transaction(async (tx) => {
    await lockRoutingRules(tx, ctx.workspaceId);
    const existing = await tx.routingRule.findUnique({ where: { id: input.id } });
    if (!existing) throw notFound('Routing rule');
    await tx.routingRule.delete({ where: { id: existing.id } });
    const rows = await tx.routingRule.findMany({ select: { id: true, position: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    for (const u of positionUpdates(rows, rows.map((r) => r.id))) await tx.routingRule.update({ where: { id: u.id }, data: { position: u.position } });
    const { id, name, position, enabled, conditions, action } = routingRuleView(existing);
    await writeAuditEvent(tx, ctx, { action: 'routing_rule.delete', targetType: 'routing_rule', targetId: id, data: { before: { name, position, enabled, conditions, action } } });
    return { id, deleted: true as const };
  });
}
