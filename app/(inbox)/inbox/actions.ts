'use server';
// Server actions of the inbox. Each is the action wrapper (session, role, zod,
// workspace scope, one error shape) around one lib use case; the REST API
// calls the same use cases. A conversation id of another workspace is a 404.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { setConversationStatus, setStatusInput } from '@/lib/conversations/set-conversation-status';
import { assignConversation, assignInput } from '@/lib/conversations/assign-conversation';
import { z } from 'zod';
import { assignConversationTeam, assignTeamInput } from '@/lib/conversations/assign-conversation-team';
import { listAssignTargets } from '@/lib/conversations/list-assign-targets';
import { listWorkspaceTags } from '@/lib/conversations/list-workspace-tags';
import { setSeverity, setSeverityInput } from '@/lib/conversations/set-severity';
import { tagConversation, tagConversationInput } from '@/lib/conversations/tag-conversation';
import { untagConversation, untagConversationInput } from '@/lib/conversations/untag-conversation';
import { updateContact, updateContactInput } from '@/lib/contacts/update-contact';
import { searchContacts, searchContactsInput } from '@/lib/contacts/search-contacts';
import { mergeContacts, mergeContactsInput } from '@/lib/contacts/merge-contacts';

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

// --- The agent's actions on the open conversation (assign, tag, severity, contact) ---

const noInput = z.object({}).strict();

// The assign picker's choices: members (teams, open load) and teams.
export const assignTargetsAction = workspaceAction({ input: noInput, role: 'agent' }, async (ctx) => listAssignTargets(ctx));

// Give the conversation to a team (teamId null: no team).
export const assignTeamAction = workspaceAction({ input: assignTeamInput, role: 'agent' }, async (ctx, input) => {
  const result = await assignConversationTeam(ctx, input);
  revalidatePath('/inbox', 'layout');
  return result;
});

// The tag picker's choices: the workspace's tags.
export const workspaceTagsAction = workspaceAction({ input: noInput, role: 'agent' }, async (ctx) => listWorkspaceTags(ctx));

// Add / remove a tag: both record a training example, so triage learns the correction.
export const tagConversationAction = workspaceAction({ input: tagConversationInput, role: 'agent' }, async (ctx, input) => {
  const result = await tagConversation(ctx, input);
  revalidatePath('/inbox', 'layout');
  return { tag: result.tag, changed: result.changed };
});

export const untagConversationAction = workspaceAction({ input: untagConversationInput, role: 'agent' }, async (ctx, input) => {
  const result = await untagConversation(ctx, input);
  revalidatePath('/inbox', 'layout');
  return { tag: result.tag, changed: result.changed };
});

// SEV1..SEV4 by hand (recorded as agent-set; triage no longer changes it).
export const setSeverityAction = workspaceAction({ input: setSeverityInput, role: 'agent' }, async (ctx, input) => {
  const result = await setSeverity(ctx, input);
  revalidatePath('/inbox', 'layout');
  return result;
});

// The contact panel: VIP flag and notes.
export const updateContactAction = workspaceAction({ input: updateContactInput, role: 'agent' }, async (ctx, input) => {
  const result = await updateContact(ctx, input);
  revalidatePath('/inbox', 'layout');
  return result;
});

// "Merge with…": type-ahead over this workspace's contacts, then the merge.
export const searchContactsAction = workspaceAction({ input: searchContactsInput, role: 'agent' }, async (ctx, input) => searchContacts(ctx, input));

export const mergeContactsAction = workspaceAction({ input: mergeContactsInput, role: 'agent' }, async (ctx, input) => {
  const result = await mergeContacts(ctx, input);
  revalidatePath('/inbox', 'layout');
  return result;
});
