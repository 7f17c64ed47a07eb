'use server';
// Bulk actions of the inbox list: the action wrapper (session, role, zod,
// workspace scope, one error shape) around lib/conversations/bulk-update-conversations.ts,
// which applies the single-conversation use cases per id and reports per-id failures.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { bulkUpdateConversations, bulkUpdateInput } from '@/lib/conversations/bulk-update-conversations';

export const bulkUpdateConversationsAction = workspaceAction({ input: bulkUpdateInput, role: 'agent' }, async (ctx, input) => {
  const result = await bulkUpdateConversations(ctx, input);
  // The view counts and an open conversation pane re-render; the list merges its own rows.
  if (result.changed.length) revalidatePath('/inbox', 'layout');
  return result;
});
