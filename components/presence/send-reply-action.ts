'use server';
// The server action behind the composer: sendReplyOnChannel (a reply or note
// here, or a reply on another of the customer's channels) through the action
// wrapper (session, role, zod, workspace scope, one error shape). A
// colleague's overlapping reply comes back as { ok: false, error: { code:
// 'reply_overlap', ... } }; the agent confirms and it is sent again with
// confirmOverlap.
import { workspaceAction } from '@/lib/actions/workspace-action';
import { sendReplyOnChannel, sendReplyOnChannelInput } from '@/lib/conversations/send-reply-on-channel';

export const sendReplyAction = workspaceAction({ input: sendReplyOnChannelInput, role: 'agent' }, async (ctx, input) => {
  const { message, conversationId, created } = await sendReplyOnChannel(ctx, input);
  return { id: message.id, status: message.status, direction: message.direction, conversationId, created };
});
