// The composer's send: a reply or note in this conversation (sendReply), or a
// reply on another of the customer's channels, which goes to that channel's
// conversation with them (found or opened, see open-conversation-on-channel).
// The overlap check (a colleague replied since the draft began) is about the
// conversation on screen, so it applies only there.
import { z } from 'zod';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { sendReply, sendReplyInput } from '@/lib/conversations/send-reply';
import { openConversationOnChannel } from '@/lib/conversations/open-conversation-on-channel';

export const sendReplyOnChannelInput = sendReplyInput.extend({ channelId: z.string().min(1).max(64).optional() });
export type SendReplyOnChannelInput = z.input<typeof sendReplyOnChannelInput>;

export async function sendReplyOnChannel(ctx: WorkspaceContext, raw: SendReplyOnChannelInput) {
  const { channelId, ...input } = sendReplyOnChannelInput.parse(raw);
  if (!channelId || input.kind === 'note') {
    const message = await sendReply(ctx, input);
    return { message, conversationId: input.conversationId, created: false };
  }
  const target = await openConversationOnChannel(ctx, input.conversationId, channelId, input.text);
  if (target.conversationId === input.conversationId) {
    const message = await sendReply(ctx, input);
    return { message, conversationId: input.conversationId, created: false };
  }
  const message = await sendReply(ctx, { ...input, conversationId: target.conversationId, lastSeenMessageId: undefined, confirmOverlap: false });
  return { message, conversationId: target.conversationId, created: target.created };
}
