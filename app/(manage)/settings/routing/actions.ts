'use server';
// Server actions of the routing-rule settings (managers): each wraps one lib
// use case, with the same input schema as the REST API.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { createRoutingRuleInput, deleteInput, updateRoutingRuleInput } from '@/lib/settings/routing-rule-input';
import { createRoutingRule } from '@/lib/settings/create-routing-rule';
import { updateRoutingRule } from '@/lib/settings/update-routing-rule';
import { deleteRoutingRule } from '@/lib/settings/delete-routing-rule';

const done = <T>(value: T) => {
  revalidatePath('/settings/routing');
  return value;
};

export const createRoutingRuleAction = workspaceAction({ input: createRoutingRuleInput, role: 'manager' }, async (ctx, input) => done({ id: (await createRoutingRule(ctx, input)).id }));
export const updateRoutingRuleAction = workspaceAction({ input: updateRoutingRuleInput, role: 'manager' }, async (ctx, input) => done({ id: (await updateRoutingRule(ctx, input)).id }));
export const deleteRoutingRuleAction = workspaceAction({ input: deleteInput, role: 'manager' }, async (ctx, input) => done(await deleteRoutingRule(ctx, input)));
