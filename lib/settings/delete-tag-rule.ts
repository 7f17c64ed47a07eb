// A manager deletes a tag rule; tags it applied stay on their conversations.
import { notFound } from '@/lib/api/errors';
import { invalidateTriageCache } from '@/lib/triage/load-triage-context';
import { tagRuleInclude, tagRuleView } from './tag-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function deleteTagRule(ctx: SettingsCtx, input: { id: string }): Promise<{ id: string; deleted: true }> {
  await ctx.db.$transaction(async (tx) => {
    const existing = await tx.tagRule.findUnique({ where: { id: input.id }, include: tagRuleInclude });
    if (!existing) throw notFound('Tag rule');
    await tx.tagRule.delete({ where: { id: existing.id } });
    const { id: _id, createdAt: _c, tag, ...before } = tagRuleView(existing);
    await writeAuditEvent(tx, ctx, { action: 'tag_rule.delete', targetType: 'tag_rule', targetId: existing.id, data: { before: { tag: tag.key, ...before } } });
  });
  invalidateTriageCache(ctx.workspaceId);
  return { id: input.id, deleted: true as const };
}
