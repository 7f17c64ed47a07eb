// A manager edits a tag's playbook entry: name, description, next steps,
// colour and owner team (by key). The key never changes.
import { notFound } from '@/lib/api/errors';
import { invalidateTriageCache } from '@/lib/triage/load-triage-context';
import { updateTagInput, type UpdateTagInput } from './tag-input';
import { ownerTeamId, TAG_FIELDS, tagInclude, tagView, type TagView } from './tag-view';
import { describeChanges } from './describe-changes';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function updateTag(ctx: SettingsCtx, raw: UpdateTagInput): Promise<TagView> {
  const { id, ownerTeam, ...fields } = updateTagInput.parse(raw);
  const view = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.tag.findUnique({ where: { id } });
    if (!existing) throw notFound('Tag');
    const owner = await ownerTeamId(tx, ownerTeam);
    const row = await tx.tag.update({ where: { id }, data: { ...fields, ...(owner !== undefined ? { ownerTeamId: owner } : {}) }, include: tagInclude });
    const changes = describeChanges(existing, row, TAG_FIELDS);
    if (Object.keys(changes).length) await writeAuditEvent(tx, ctx, { action: 'tag.update', targetType: 'tag', targetId: id, data: { key: row.key, changes } });
    return tagView(row);
  });
  invalidateTriageCache(ctx.workspaceId);
  return view;
}
