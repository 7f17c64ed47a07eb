// What a provider sender gets: the channel with its secrets, the message to
// send, the conversation, and the customer's identity on this provider.
import type { LoadedChannel } from '@/lib/channels/load-channel';
import type { ContactIdentity, Conversation, Message } from '@/lib/generated/prisma/client';

export type SendContext = {
  channel: LoadedChannel;
  message: Message;
  conversation: Conversation;
  recipient: ContactIdentity;
  // The latest inbound message of the conversation (reply targets, email threading, comment ids).
  lastInbound: Message | null;
  // Provider ids of the thread so far, oldest first (email References).
  threadProviderIds: string[];
};

export type SendResult = { providerMessageId: string; status?: 'sent' | 'delivered' };

export type Sender = (ctx: SendContext) => Promise<SendResult>;
