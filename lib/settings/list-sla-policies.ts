// The workspace's SLA policies: most urgent severity first, defaults (any
// severity) last, then by channel.
import type { SettingsCtx } from './settings-context';
import { slaPolicyView, type SlaPolicyView } from './sla-policy-view';

export async function listSlaPolicies(ctx: Pick<SettingsCtx, 'db'>): Promise<SlaPolicyView[]> {
  const rows = await ctx.db.slaPolicy.findMany({ orderBy: [{ severity: { sort: 'asc', nulls: 'last' } }, { provider: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }] });
  return rows.map(slaPolicyView);
}
