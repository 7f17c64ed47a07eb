// The workspace's routing rules in evaluation order (position, then age).
import type { SettingsCtx } from './settings-context';
import { routingRuleView, type RoutingRuleView } from './routing-rule-view';

export async function listRoutingRules(ctx: Pick<SettingsCtx, 'db'>): Promise<RoutingRuleView[]> {
  const rows = await ctx.db.routingRule.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  return rows.map(routingRuleView);
}
