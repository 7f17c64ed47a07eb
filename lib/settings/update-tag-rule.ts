// A manager edits a tag rule (or moves it to another tag, or turns it off).
import { notFound } from '@/lib/api/errors';
import { invalidateTriageCache } from '@/lib/triage/load-triage-context';
import { invalidFields } from './field-error';
import { tagRuleProblems, updateTagRuleInput, type UpdateTagRuleInput } from './tag-input';
import { TAG_RULE_FIELDS, tagIdForKey, tagRuleInclude, tagRuleView, type TagRuleView } from './tag-view';
import { describeChanges } from './describe-changes';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function updateTagRule(ctx: SettingsCtx, raw: UpdateTagRuleInput): Promise<TagRuleView> {
  const { id, tag, ...fields } = updateTagRuleInput.parse(raw);
  if (fields.keywords) fields.keywords = [...new Set(fields.keywords)];
  const view = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.tagRule.findUnique({ where: { id } });
    if (!existing) throw notFound('Tag rule');
    const problems = tagRuleProblems({ keywords: fields.keywords ?? existing.keywords, pattern: fields.pattern !== undefined ? fields.pattern : existing.pattern });
    if (problems.length) throw invalidFields(problems);
    const tagId = tag ? await tagIdForKey(tx, tag) : undefined;
    const row = await tx.tagRule.update({ where: { id }, data: { ...fields, ...(tagId ? { tagId } : {}) }, include: tagRuleInclude });
    const changes = describeChanges(existing, row, TAG_RULE_FIELDS);
    if (Object.keys(changes).length) await writeAuditEvent(tx, ctx, { action: 'tag_rule.update', targetType: 'tag_rule', targetId: id, data: { name: row.name, tag: row.tag.key, changes } });
    return tagRuleView(row);
  });
  invalidateTriageCache(ctx.workspaceId);
  return view;
}
