// A manager adds a tag to the taxonomy, with what it means, who owns it and
// what to do next (the playbook). Triage in this process sees it at once,
// other processes within seconds (lib/triage/load-triage-context.ts).
import { conflict } from '@/lib/api/errors';
import { invalidateTriageCache } from '@/lib/triage/load-triage-context';
import { createTagInput, type CreateTagInput } from './tag-input';
import { ownerTeamId, tagInclude, tagView, type TagView } from './tag-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function createTag(ctx: SettingsCtx, raw: CreateTagInput): Promise<TagView> {
  const { ownerTeam, ...input } = createTagInput.parse(raw);
  const view = await ctx.db.$transaction(async (tx) => {
    if (await tx.tag.findFirst({ where: { key: input.key }, select: { id: true } })) throw conflict(`There is already a tag "${input.key}"`);
    const row = await tx.tag.create({ data: { workspaceId: ctx.workspaceId, ...input, ownerTeamId: await ownerTeamId(tx, ownerTeam) }, include: tagInclude });
    const v = tagView(row);
    await writeAuditEvent(tx, ctx, {
      action: 'tag.create',
      targetType: 'tag',
      targetId: row.id,
      data: { after: { key: v.key, name: v.name, description: v.description, nextSteps: v.nextSteps, color: v.color, ownerTeam: v.ownerTeam?.key ?? null } },
    });
    return v;
  });
  invalidateTriageCache(ctx.workspaceId);
  return view;
}
