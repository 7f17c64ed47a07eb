'use server';
// Saved views of the inbox (left pane): save the current URL's filters under
// a name, delete one. Thin wrappers around lib/saved-views.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { createSavedView, createSavedViewInput } from '@/lib/saved-views/create-saved-view';
import { deleteSavedView, deleteSavedViewInput } from '@/lib/saved-views/delete-saved-view';

export const createSavedViewAction = workspaceAction({ input: createSavedViewInput, role: 'agent' }, async (ctx, input) => {
  const view = await createSavedView(ctx, input);
  revalidatePath('/inbox', 'layout');
  return view;
});

export const deleteSavedViewAction = workspaceAction({ input: deleteSavedViewInput, role: 'agent' }, async (ctx, input) => {
  const result = await deleteSavedView(ctx, input);
  revalidatePath('/inbox', 'layout');
  return result;
});
