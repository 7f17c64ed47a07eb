// Account Activity events → inbound messages, statuses and ignored reasons.
// - Only events for this channel's account (for_user_id = settings.xUserId).
// - tweet_create_events: tweets that mention the account, reply to it or
//   quote it; our own tweets (echoes of our replies) and retweets are dropped.
//   A tweet joins the conversation of the tweet it replies to (inReplyTo),
//   else its thread key is the tweet it replies to, else itself.
// - direct_message_events (message_create): DMs to the account; our own DMs
//   are dropped. A DM conversation's thread key is X's one-to-one
//   dm_conversation_id ("<smaller id>-<larger id>"), so DMs and mentions from
//   one customer stay separate conversations and replies go back the same way.
// - direct_message_mark_read_events: the customer read our DM → status read.
import type { LoadedChannel } from '@/lib/channels/load-channel';
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import type { StatusUpdate } from '@/lib/ingest/apply-delivery-status';
import type { NormalizedBatch } from '@/lib/webhooks/webhook-route';
import type { XDmEvent, XTweet, XUser, XWebhookPayload } from '@/lib/channels/x/schema';

const HANDLED = new Set(['tweet_create_events', 'direct_message_events', 'direct_message_mark_read_events']);

export function xAccountId(channel: LoadedChannel): string {
  return String(channel.settings.xUserId ?? channel.channel.externalId ?? '');
}

export function dmConversationId(a: string, b: string): string {
  const numeric = /^\d+$/.test(a) && /^\d+$/.test(b);
  const aFirst = numeric ? BigInt(a) <= BigInt(b) : a <= b;
  return aFirst ? `${a}-${b}` : `${b}-${a}`;
}

export function normalizeXEvents(payload: XWebhookPayload, channel: LoadedChannel, now = new Date()): NormalizedBatch {
  const me = xAccountId(channel);
  const batch: NormalizedBatch = { messages: [], statuses: [], ignored: [] };
  if (payload.for_user_id !== me) {
    batch.ignored.push(`for_user_id ${payload.for_user_id} is not this channel's account`);
    return batch;
  }
  for (const tweet of payload.tweet_create_events ?? []) {
    const r = normalizeTweet(tweet, me, String(channel.settings.screenName ?? ''), now);
    if (typeof r === 'string') batch.ignored.push(r);
    else batch.messages.push(r);
  }
  for (const event of payload.direct_message_events ?? []) {
    const r = normalizeDm(event, me, payload.users ?? {}, now);
    if (typeof r === 'string') batch.ignored.push(r);
    else batch.messages.push(r);
  }
  for (const read of payload.direct_message_mark_read_events ?? []) {
    if (read.sender_id === me) batch.ignored.push('we marked a DM as read');
    else batch.statuses.push({ providerMessageId: read.last_read_event_id, status: 'read', at: epochMs(read.created_timestamp, now) } satisfies StatusUpdate);
  }
  for (const key of Object.keys(payload)) if (key.endsWith('_events') && !HANDLED.has(key)) batch.ignored.push(`${key}: not handled`);
  return batch;
}

function userId(u: XUser | undefined): string | undefined {
  return u?.id_str ?? (u?.id !== undefined ? String(u.id) : undefined);
}

function contactFrom(id: string, u: XUser | undefined): InboundMessage['contact'] {
  return {
    externalId: id,
    handle: u?.screen_name,
    name: u?.name,
    followers: u?.followers_count,
    verified: u?.verified,
    avatarUrl: u?.profile_image_url_https,
  };
}

function normalizeTweet(t: XTweet, me: string, screenName: string, now: Date): InboundMessage | string {
  const id = t.id_str ?? String(t.id);
  const author = userId(t.user);
  if (!author) return `tweet ${id}: no author`;
  if (author === me) return `tweet ${id}: sent by the account itself`;
  if (t.retweeted_status) return `tweet ${id}: a retweet`;
  const text = t.extended_tweet?.full_text ?? t.full_text ?? t.text ?? '';
  const entities = t.extended_tweet?.entities ?? t.entities;
  const mentions = entities?.user_mentions?.some((m) => m.id_str === me) ?? false;
  const byName = screenName !== '' && text.toLowerCase().includes(`@${screenName.toLowerCase()}`);
  const repliesToUs = t.in_reply_to_user_id_str === me;
  const quotesUs = userId(t.quoted_status?.user ?? undefined) === me;
  if (!mentions && !byName && !repliesToUs && !quotesUs) return `tweet ${id}: neither mentions nor replies to the account`;
  const parent = t.in_reply_to_status_id_str ?? undefined;
  const media = (t.extended_tweet?.extended_entities ?? t.extended_entities ?? entities)?.media ?? [];
  return {
    providerMessageId: id,
    sentAt: t.timestamp_ms ? epochMs(t.timestamp_ms, now) : t.created_at ? validDate(new Date(t.created_at), now) : now,
    contact: contactFrom(author, t.user),
    text,
    attachments: media.flatMap(toAttachment),
    threadKey: parent ?? id,
    inReplyTo: parent ? [parent] : [],
    meta: {
      kind: 'mention',
      tweetId: id,
      ...(t.user.screen_name ? { url: `https://x.com/${t.user.screen_name}/status/${id}` } : {}),
    },
  };
}

function normalizeDm(e: XDmEvent, me: string, users: Record<string, XUser>, now: Date): InboundMessage | string {
  if (e.type !== 'message_create' || !e.message_create) return `direct message event ${e.id}: type ${e.type} not handled`;
  const { sender_id: sender, target, message_data: data } = e.message_create;
  if (sender === me) return `direct message ${e.id}: sent by the account itself`;
  if (target.recipient_id !== me) return `direct message ${e.id}: not addressed to the account`;
  const media = data.attachment?.media;
  // X appends the media's t.co link to the text; the attachment says it better.
  const text = media?.url ? data.text.replace(media.url, '').trim() : data.text;
  const conversationId = dmConversationId(sender, me);
  return {
    providerMessageId: e.id,
    sentAt: epochMs(e.created_timestamp, now),
    contact: contactFrom(sender, users[sender]),
    text,
    attachments: media ? toAttachment(media) : [],
    threadKey: conversationId,
    meta: { kind: 'dm', dmEventId: e.id, dmConversationId: conversationId },
  };
}

function toAttachment(m: { type?: string; media_url_https?: string }) {
  if (!m.media_url_https) return [];
  const type = m.type === 'photo' ? 'image' : m.type === 'video' || m.type === 'animated_gif' ? 'video' : 'file';
  return [{ type, url: m.media_url_https, name: m.media_url_https.split('/').pop()?.slice(0, 300) }];
}

function epochMs(value: string | undefined, fallback: Date): Date {
  return value && /^\d+$/.test(value) ? validDate(new Date(Number(value)), fallback) : fallback;
}

function validDate(d: Date, fallback: Date): Date {
  return Number.isNaN(d.getTime()) ? fallback : d;
}
