'use server';
// Server actions of the inbox. Each is the action wrapper (session, role, zod,
// workspace scope, one error shape) around one lib use case; the REST API
// calls the same use cases. A conversation id of another workspace is a 404.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { setConversationStatus, setStatusInput } from '@/lib/conversations/set-conversation-status';
import { assignConversation, assignInput } from '@/lib/conversations/assign-conversation';

// Resolve, reopen (and later: pending, snooze).
export const setConversationStatusAction = workspaceAction({ input: setStatusInput, role: 'agent' }, async (ctx, input) => {
  const result = await setConversationStatus(ctx, input);
  revalidatePath('/inbox', 'layout');
  return { id: result.id, status: result.status, changed: result.changed };
});

// Assign to a member (the UI offers "Assign to me") or unassign (assigneeId null).
export const assignConversationAction = workspaceAction({ input: assignInput, role: 'agent' }, async (ctx, input) => {
  const result = await assignConversation(ctx, input);
  revalidatePath('/inbox', 'layout');
  return result;
});
