'use server';
// Server actions of the shift settings (managers), same schemas as the API.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { deleteInput } from '@/lib/settings/routing-rule-input';
import { createShiftInput, updateShiftInput } from '@/lib/settings/shift-input';
import { createShift } from '@/lib/settings/create-shift';
import { updateShift } from '@/lib/settings/update-shift';
import { deleteShift } from '@/lib/settings/delete-shift';

const done = <T>(value: T) => {
  revalidatePath('/settings/shifts');
  return value;
};

export const createShiftAction = workspaceAction({ input: createShiftInput, role: 'manager' }, async (ctx, input) => done({ id: (await createShift(ctx, input)).id }));
export const updateShiftAction = workspaceAction({ input: updateShiftInput, role: 'manager' }, async (ctx, input) => done({ id: (await updateShift(ctx, input)).id }));
export const deleteShiftAction = workspaceAction({ input: deleteInput, role: 'manager' }, async (ctx, input) => done(await deleteShift(ctx, input)));
