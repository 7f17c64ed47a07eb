'use server';
// Server actions of the tag taxonomy and tag rules (managers), same schemas
// as the API. The playbook shows the result to everyone.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { deleteInput } from '@/lib/settings/routing-rule-input';
import { createTagInput, createTagRuleInput, updateTagInput, updateTagRuleInput } from '@/lib/settings/tag-input';
import { createTag } from '@/lib/settings/create-tag';
import { updateTag } from '@/lib/settings/update-tag';
import { createTagRule } from '@/lib/settings/create-tag-rule';
import { updateTagRule } from '@/lib/settings/update-tag-rule';
import { deleteTagRule } from '@/lib/settings/delete-tag-rule';

const done = <T>(value: T) => {
  revalidatePath('/settings/tags', 'layout');
  revalidatePath('/playbook');
  return value;
};

export const createTagAction = workspaceAction({ input: createTagInput, role: 'manager' }, async (ctx, input) => done({ id: (await createTag(ctx, input)).id }));
export const updateTagAction = workspaceAction({ input: updateTagInput, role: 'manager' }, async (ctx, input) => done({ id: (await updateTag(ctx, input)).id }));
export const createTagRuleAction = workspaceAction({ input: createTagRuleInput, role: 'manager' }, async (ctx, input) => {
  const r = await createTagRule(ctx, input);
  return done({ id: r.id, tagId: r.tag.id });
});
export const updateTagRuleAction = workspaceAction({ input: updateTagRuleInput, role: 'manager' }, async (ctx, input) => {
  const r = await updateTagRule(ctx, input);
  return done({ id: r.id, tagId: r.tag.id });
});
export const deleteTagRuleAction = workspaceAction({ input: deleteInput, role: 'manager' }, async (ctx, input) => done(await deleteTagRule(ctx, input)));
