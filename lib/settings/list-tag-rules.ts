// Tag rules, optionally of one tag (by key), by tag then age.
import type { SettingsCtx } from './settings-context';
import { tagRuleInclude, tagRuleView, type TagRuleView } from './tag-view';

export async function listTagRules(ctx: Pick<SettingsCtx, 'db'>, opts: { tag?: string } = {}): Promise<TagRuleView[]> {
  const rows = await ctx.db.tagRule.findMany({
    where: opts.tag ? { tag: { key: opts.tag } } : {},
    include: tagRuleInclude,
    orderBy: [{ tag: { name: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(tagRuleView);
}
