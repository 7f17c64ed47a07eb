'use server';
// Server actions of the channel settings, admins only. Each wraps one lib use
// case; results carry the channel without its secrets (masked or not).
import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { createChannelInput, updateChannelInput } from '@/lib/channels/channel-input';
import { createChannel } from '@/lib/channels/create-channel';
import { updateChannel } from '@/lib/channels/update-channel';
import { revealChannelSecret, revealSecretInput } from '@/lib/channels/reveal-channel-secret';

export const createChannelAction = workspaceAction({ input: createChannelInput, role: 'admin' }, async (ctx, input) => {
  const channel = await createChannel(ctx, input);
  revalidatePath('/settings/channels');
  return { id: channel.id, name: channel.name };
});

export const updateChannelAction = workspaceAction({ input: updateChannelInput, role: 'admin' }, async (ctx, input) => {
  const channel = await updateChannel(ctx, input);
  revalidatePath('/settings/channels');
  return { id: channel.id, name: channel.name };
});

// A Meta verify token, in full, for pasting into the Meta app (audited).
export const revealChannelSecretAction = workspaceAction({ input: revealSecretInput, role: 'admin' }, revealChannelSecret);
