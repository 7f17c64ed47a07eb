// Where an agent can answer this customer from this conversation: the
// conversation's own channel first, then every other enabled channel of the
// workspace on which the contact has an identity (the same person on SMS,
// WhatsApp, email...). Each option carries what the composer needs to show
// the channel's limits: the customer's last message time on it (messaging
// windows), whether an X reply there is public (280) and whether a Meta
// thread is a comment (no window), and the conversation a reply would join
// (null: replying opens one, see open-conversation-on-channel.ts).
import type { Provider } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/tenancy';
import { xReplyTweetId } from '@/lib/channels/x/send';

export type ReplyChannel = {
  channelId: string;
  provider: Provider;
  name: string;
  // Where the customer is reached (handle, phone or email), for the picker.
  address: string | null;
  conversationId: string | null;
  current: boolean;
  lastInboundAt: Date | null;
  isPublicReply: boolean;
  isComment: boolean;
};

// Providers an agent can start writing on: a chat visitor or an API source
// is reached only in the conversation they opened.
const REACHABLE: Provider[] = ['sms', 'whatsapp', 'email', 'x', 'messenger', 'instagram'];

type Conv = { id: string; channelId: string; threadKey: string | null; channel: { id: string; provider: Provider; name: string } };

async function facts(db: ScopedDb, c: Conv) {
  const lastInbound = await db.message.findFirst({ where: { conversationId: c.id, direction: 'in' }, orderBy: { sentAt: 'desc' }, select: { sentAt: true, meta: true } });
  return {
    lastInboundAt: lastInbound?.sentAt ?? null,
    isPublicReply: c.channel.provider === 'x' && xReplyTweetId(lastInbound) !== null,
    isComment: (c.channel.provider === 'messenger' || c.channel.provider === 'instagram') && Boolean(c.threadKey),
  };
}

// The conversation a reply on `channelId` joins: the latest direct (non-thread)
// one, else the latest of any kind. Shared with open-conversation-on-channel.
export async function findContactConversation(db: ScopedDb, contactId: string, channelId: string) {
  const include = { channel: { select: { id: true, provider: true, name: true } } } as const;
  return (
    (await db.conversation.findFirst({ where: { contactId, channelId, threadKey: null }, orderBy: { lastMessageAt: 'desc' }, include })) ??
    (await db.conversation.findFirst({ where: { contactId, channelId }, orderBy: { lastMessageAt: 'desc' }, include }))
  );
}

export async function listReplyChannels(db: ScopedDb, conversation: Conv & { contactId: string }): Promise<ReplyChannel[]> {
  const here = await facts(db, conversation);
  const identities = await db.contactIdentity.findMany({ where: { contactId: conversation.contactId, provider: { in: REACHABLE } }, orderBy: { createdAt: 'asc' } });
  const options: ReplyChannel[] = [
    { channelId: conversation.channelId, provider: conversation.channel.provider, name: conversation.channel.name, address: null, conversationId: conversation.id, current: true, ...here },
  ];
  if (!identities.length) return options;
  const channels = await db.channel.findMany({ where: { enabled: true, provider: { in: [...new Set(identities.map((i) => i.provider))] } }, select: { id: true, provider: true, name: true }, orderBy: { name: 'asc' } });
  for (const ch of channels) {
    if (ch.id === conversation.channelId) continue;
    // An identity bound to another channel of the same provider (another page, another number) does not reach this one.
    const identity = identities.find((i) => i.provider === ch.provider && (i.channelId === null || i.channelId === ch.id));
    if (!identity) continue;
    const existing = await findContactConversation(db, conversation.contactId, ch.id);
    const f = existing ? await facts(db, existing) : { lastInboundAt: null, isPublicReply: false, isComment: false };
    options.push({ channelId: ch.id, provider: ch.provider, name: ch.name, address: identity.handle ?? identity.phone ?? identity.email ?? identity.externalId, conversationId: existing?.id ?? null, current: false, ...f });
  }
  return options;
}
