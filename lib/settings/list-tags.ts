// The taxonomy: default tags first, then the workspace's own, by name.
import type { SettingsCtx } from './settings-context';
import { tagInclude, tagView, type TagView } from './tag-view';

export async function listTags(ctx: Pick<SettingsCtx, 'db'>): Promise<TagView[]> {
  const rows = await ctx.db.tag.findMany({ include: tagInclude, orderBy: [{ isDefault: 'desc' }, { name: 'asc' }] });
  return rows.map(tagView);
}
