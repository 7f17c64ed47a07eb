// A manager adds a tag rule: keywords (any of) or a pattern, with optional
// conditions on the channel, the author's followers and VIP contacts. Triage
// in this process applies it at once, other processes within seconds.
import { invalidateTriageCache } from '@/lib/triage/load-triage-context';
import { invalidFields } from './field-error';
import { createTagRuleInput, tagRuleProblems, type CreateTagRuleInput } from './tag-input';
import { tagIdForKey, tagRuleInclude, tagRuleView, type TagRuleView } from './tag-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function createTagRule(ctx: SettingsCtx, raw: CreateTagRuleInput): Promise<TagRuleView> {
  const { tag, ...input } = createTagRuleInput.parse(raw);
  input.keywords = [...new Set(input.keywords)];
  const problems = tagRuleProblems(input);
  if (problems.length) throw invalidFields(problems);
  const view = await ctx.db.$transaction(async (tx) => {
    const tagId = await tagIdForKey(tx, tag);
    const row = await tx.tagRule.create({ data: { workspaceId: ctx.workspaceId, tagId, ...input }, include: tagRuleInclude });
    const v = tagRuleView(row);
    const { id: _id, createdAt: _c, tag: t, ...after } = v;
    await writeAuditEvent(tx, ctx, { action: 'tag_rule.create', targetType: 'tag_rule', targetId: row.id, data: { after: { tag: t.key, ...after } } });
    return v;
  });
  invalidateTriageCache(ctx.workspaceId);
  return view;
}
