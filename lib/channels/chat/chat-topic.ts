// Live topics and the message shape for chat visitors. A visitor's
// conversations carry threadKey "visitor:<id>", which keeps each browser's
// history to itself even when two visitors turn out to be one contact.
import type { Message } from '@/lib/generated/prisma/client';
import type { ChatMessageView } from '@/lib/channels/chat/schema';

export const chatTopic = (channelId: string, visitorId: string) => `chat.${channelId}.${visitorId}`;

export const visitorThreadKey = (visitorId: string) => `visitor:${visitorId}`;

export function visitorFromThreadKey(threadKey: string | null | undefined): string | null {
  return threadKey?.startsWith('visitor:') ? threadKey.slice('visitor:'.length) : null;
}

// Inbound chat messages are stored with providerMessageId "<visitorId>:<clientMessageId>".
export const chatProviderMessageId = (visitorId: string, clientMessageId: string) => `${visitorId}:${clientMessageId}`;

export function toChatView(m: Pick<Message, 'id' | 'direction' | 'text' | 'createdAt' | 'status' | 'providerMessageId'>, author?: string | null): ChatMessageView {
  const view: ChatMessageView = { id: m.id, direction: m.direction === 'in' ? 'in' : 'out', text: m.text, at: m.createdAt.toISOString(), status: m.status };
  if (author) view.author = author;
  if (m.direction === 'in' && m.providerMessageId?.includes(':')) view.clientMessageId = m.providerMessageId.split(':').pop();
  return view;
}

// Agents are shown to visitors by first name only.
export const firstName = (name: string | null | undefined) => (name ? name.trim().split(/\s+/)[0] : undefined);
