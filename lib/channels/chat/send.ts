// Replies on live chat: the message is already stored (a visitor who is away
// gets it from the history on return), so sending means pushing it to the
// visitor's open widget, live. The visitor is the one whose conversation this
// is (threadKey "visitor:<id>"), not any chat identity the contact may have.
import { db } from '@/lib/db';
import type { Sender } from '@/lib/outbound/send-context';
import { PermanentSendError } from '@/lib/outbound/send-errors';
import { publishLive } from '@/lib/live/live-events';
import { chatTopic, firstName, toChatView, visitorFromThreadKey } from '@/lib/channels/chat/chat-topic';

export const sendChatMessage: Sender = async ({ channel, message, conversation, recipient }) => {
  const visitorId = visitorFromThreadKey(conversation.threadKey) ?? recipient.externalId;
  if (!visitorId) throw new PermanentSendError('This chat conversation has no visitor to reply to');
  const author = message.authorId
    ? await db.membership.findUnique({ where: { id: message.authorId }, select: { user: { select: { name: true } } } })
    : null;
  const view = toChatView({ ...message, status: 'delivered' }, firstName(author?.user.name));
  await publishLive(chatTopic(channel.channel.id, visitorId), { type: 'message', message: view });
  return { providerMessageId: `chat-${message.id}`, status: 'delivered' };
};
