'use server';
// Server actions of the handoffs: hand a conversation off with a note, accept
// a handoff, and the choices for the hand-off form. Each wraps one lib use
// case; the REST API calls the same ones.
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { acceptHandoff, acceptHandoffInput } from '@/lib/routing/accept-handoff';
import { handOffConversation, handOffInput } from '@/lib/routing/hand-off-conversation';
import { handoffTargetsInput, listHandoffTargets } from '@/lib/handoffs/list-handoff-targets';

export const handOffAction = workspaceAction({ input: handOffInput, role: 'agent' }, async (ctx, input) => {
  const h = await handOffConversation(ctx, input);
  revalidatePath('/inbox', 'layout');
  revalidatePath('/handoffs');
  return { id: h.id, conversationId: h.conversationId, toId: h.toId, teamId: h.teamId };
});

export const acceptHandoffAction = workspaceAction({ input: acceptHandoffInput, role: 'agent' }, async (ctx, input) => {
  const r = await acceptHandoff(ctx, input);
  revalidatePath('/inbox', 'layout');
  revalidatePath('/handoffs');
  return r;
});

export const handoffTargetsAction = workspaceAction({ input: handoffTargetsInput, role: 'agent' }, (ctx, input) =>
  listHandoffTargets(ctx, input, ctx.actor.type === 'user' ? ctx.actor.membershipId : null),
);
