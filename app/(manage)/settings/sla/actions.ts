'use server';
// Server actions of the SLA policy settings (managers), same schemas as the API.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { deleteInput } from '@/lib/settings/routing-rule-input';
import { createSlaPolicyInput, updateSlaPolicyInput } from '@/lib/settings/sla-policy-input';
import { createSlaPolicy } from '@/lib/settings/create-sla-policy';
import { updateSlaPolicy } from '@/lib/settings/update-sla-policy';
import { deleteSlaPolicy } from '@/lib/settings/delete-sla-policy';

const done = <T>(value: T) => {
  revalidatePath('/settings/sla');
  return value;
};

export const createSlaPolicyAction = workspaceAction({ input: createSlaPolicyInput, role: 'manager' }, async (ctx, input) => done({ id: (await createSlaPolicy(ctx, input)).id }));
export const updateSlaPolicyAction = workspaceAction({ input: updateSlaPolicyInput, role: 'manager' }, async (ctx, input) => done({ id: (await updateSlaPolicy(ctx, input)).id }));
export const deleteSlaPolicyAction = workspaceAction({ input: deleteInput, role: 'manager' }, async (ctx, input) => done(await deleteSlaPolicy(ctx, input)));
