// Agent replies on X, through the v2 API with OAuth 1.0a user context:
// - a conversation that came from a mention gets a public reply
//   (POST /2/tweets {text, reply:{in_reply_to_tweet_id}}) to the customer's
//   latest tweet, within X's 280 characters;
// - a DM conversation gets a DM (POST /2/dm_conversations/with/:id/messages).
// The returned tweet id / dm_event_id becomes the message's provider id, so
// the echo of our own send (Account Activity) is recognised and dropped, and
// the customer's answer to our tweet threads back into the conversation.
import type { Message } from '@/lib/generated/prisma/client';
import type { SendContext, Sender } from '@/lib/outbound/send-context';
import { PermanentSendError, sendErrorFromResponse, sendErrorFromNetwork } from '@/lib/outbound/send-errors';
import { providerUrls } from '@/lib/channels/provider-urls';
import { oauth1Header, type OAuth1Credentials } from '@/lib/channels/x/oauth1';
import { xWeightedLength } from '@/lib/outbound/x-weighted-length';

export const X_REPLY_LIMIT = 280;

export type XReplyTarget = { kind: 'dm'; participantId: string } | { kind: 'reply'; tweetId: string };

// The tweet a reply would answer publicly, from the conversation's latest
// inbound message; null for a DM conversation. (send-reply.ts can use it for
// checkSendRules' isPublicReply.)
export function xReplyTweetId(lastInbound: Pick<Message, 'meta'> | null): string | null {
  const meta = (lastInbound?.meta ?? {}) as Record<string, unknown>;
  return meta.kind !== 'dm' && typeof meta.tweetId === 'string' ? meta.tweetId : null;
}

// Pure: which kind of send a conversation gets.
export function chooseXReplyTarget(ctx: Pick<SendContext, 'lastInbound' | 'recipient'>): XReplyTarget {
  const tweetId = xReplyTweetId(ctx.lastInbound);
  return tweetId ? { kind: 'reply', tweetId } : { kind: 'dm', participantId: ctx.recipient.externalId };
}

export const sendXMessage: Sender = async (ctx) => {
  const credentials = xCredentials(ctx.channel.secrets);
  const target = chooseXReplyTarget(ctx);
  const text = ctx.message.text;
  const base = providerUrls().x;
  if (target.kind === 'reply') {
    // X's weighted count (links 23, emoji/CJK 2), the same as the composer and checkSendRules.
    const length = xWeightedLength(text);
    if (length > X_REPLY_LIMIT) throw new PermanentSendError(`Replies on X are limited to ${X_REPLY_LIMIT} characters (this one has ${length}).`);
    const body = await postJson(`${base}/2/tweets`, { text, reply: { in_reply_to_tweet_id: target.tweetId } }, credentials);
    const id = (body as { data?: { id?: unknown } }).data?.id;
    if (typeof id !== 'string') throw new PermanentSendError('X accepted the reply but returned no tweet id');
    return { providerMessageId: id, status: 'sent' };
  }
  const url = `${base}/2/dm_conversations/with/${encodeURIComponent(target.participantId)}/messages`;
  const body = await postJson(url, { text }, credentials);
  const id = (body as { data?: { dm_event_id?: unknown } }).data?.dm_event_id;
  if (typeof id !== 'string') throw new PermanentSendError('X accepted the DM but returned no dm_event_id');
  return { providerMessageId: id, status: 'sent' };
};

function xCredentials(s: Record<string, string>): OAuth1Credentials {
  if (!s.consumerKey || !s.consumerSecret || !s.accessToken || !s.accessTokenSecret) {
    throw new PermanentSendError('This X channel is missing its API keys (consumer key and secret, access token and secret)');
  }
  return { consumerKey: s.consumerKey, consumerSecret: s.consumerSecret, token: s.accessToken, tokenSecret: s.accessTokenSecret };
}

async function postJson(url: string, payload: unknown, credentials: OAuth1Credentials): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { authorization: oauth1Header({ method: 'POST', url, credentials }), 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw sendErrorFromNetwork('X API', err);
  }
  const raw = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(raw);
  } catch {
    // error pages are not JSON; the status says enough
  }
  if (!res.ok) throw sendErrorFromResponse('X', res.status, xErrorDetail(body), retryAfter(res));
  return body;
}

// X v2 errors: {title, detail, type, status} or {errors:[{message}]}.
export function xErrorDetail(body: unknown): string {
  const b = (body ?? {}) as { detail?: unknown; title?: unknown; errors?: { message?: unknown }[] };
  const parts = [b.detail ?? b.title, b.errors?.[0]?.message].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return [...new Set(parts)].join(' — ').slice(0, 300);
}

// X signals rate limits with x-rate-limit-reset (epoch seconds), not Retry-After.
function retryAfter(res: Response): string | null {
  const reset = Number(res.headers.get('x-rate-limit-reset'));
  if (Number.isFinite(reset) && reset > 0) return String(Math.max(1, Math.ceil(reset - Date.now() / 1000)));
  return res.headers.get('retry-after');
}
