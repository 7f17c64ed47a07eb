import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { scopedDb } from '@/lib/tenancy';
import { closeQueues } from '@/lib/queue/get-queue';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { sendReply } from '@/lib/conversations/send-reply';
import { startOutboundWorker } from '@/workers/outbound';
import { POST } from '@/app/api/webhooks/x/[channelId]/route';
import { xSignature } from '@/lib/channels/x/verify-signature';
import { oauth1Params, parseOAuthHeader } from '@/lib/channels/x/oauth1';
import { startFakeXApi, type FakeXApi } from '../helpers/fake-x-api';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { fixturesDir } from '../../scripts/lib/shared-dir';

const fixtures = fixturesDir();
const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8'));
const creds = { consumerKey: 'fake-consumer-key', consumerSecret: 'fake-consumer-secret', accessToken: '1234858592-fakeaccesstoken', accessTokenSecret: 'fake-access-secret' };

let fake: FakeXApi;
let stopWorker: () => Promise<void>;
const previousUrl = process.env.X_API_URL;

beforeAll(async () => {
  fake = await startFakeXApi({ userId: '1234858592', credentials: creds });
  process.env.X_API_URL = fake.url;
  stopWorker = await startOutboundWorker();
});

afterAll(async () => {
  await stopWorker();
  await fake.close();
  process.env.X_API_URL = previousUrl;
  await closeQueues();
  await disconnectDb();
});

async function setup(xUserId: string, inbound: unknown) {
  const ws = await createTestWorkspace();
  const channel = await db.channel.create({
    data: { workspaceId: ws.workspace.id, provider: 'x', name: 'X', externalId: xUserId, settings: { xUserId, screenName: 'brand' }, credentials: encryptJson(creds) },
  });
  const res = await webhook(channel.id, inbound);
  expect(res.status).toBe(200);
  const [message] = (await res.json()).messageIds;
  const { conversationId } = await db.message.findUniqueOrThrow({ where: { id: message } });
  const m = ws.agent.membership;
  const ctx = { workspaceId: ws.workspace.id, role: 'agent' as const, actor: { type: 'user' as const, userId: m.userId, membershipId: m.id, name: 'Agent', email: ws.agent.email }, db: scopedDb(ws.workspace.id) };
  return { ws, channel, conversationId, ctx };
}

function webhook(channelId: string, payload: unknown) {
  const body = JSON.stringify(payload);
  return POST(
    new Request(`https://switchboard.test/api/webhooks/x/${channelId}`, { method: 'POST', headers: { 'x-twitter-webhooks-signature': xSignature(creds.consumerSecret, body) }, body }),
    { params: Promise.resolve({ channelId }) },
  );
}

async function waitForStatus(messageId: string, statuses: string[], ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = await db.message.findUniqueOrThrow({ where: { id: messageId } });
    if (statuses.includes(m.status) || Date.now() > deadline) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const requestsTo = (p: string) => fake.requests.filter((r) => r.path === p);

describe('outbound on X', () => {
  it('answers a DM conversation with a DM, signed with OAuth 1.0a, and drops its echo', async () => {
    const dm = fixture('twitter/doc_aaa_direct_message_event.json');
    const { ctx, conversationId, channel } = await setup('1234858592', dm);
    const reply = await sendReply(ctx, { conversationId, text: 'Sorry about that, Customer — we are on it.' });
    await drainOutbox();
    const sent = await waitForStatus(reply.id, ['sent', 'failed']);
    expect(sent.status).toBe('sent');

    const calls = requestsTo('/2/dm_conversations/with/3805104374/messages');
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call.method).toBe('POST');
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.json).toEqual({ text: 'Sorry about that, Customer — we are on it.' });
    const dmEventId = (call.response as { data: { dm_event_id: string } }).data.dm_event_id;
    expect(sent.providerMessageId).toBe(dmEventId);

    // The Authorization header is well-formed OAuth 1.0a and its signature checks out.
    const header = call.headers.authorization!;
    expect(header).toMatch(/^OAuth (\w+="[^"]*")(, \w+="[^"]*")*$/);
    const oauth = parseOAuthHeader(header)!;
    expect(Object.keys(oauth).sort()).toEqual(['oauth_consumer_key', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp', 'oauth_token', 'oauth_version']);
    expect(oauth).toMatchObject({ oauth_consumer_key: creds.consumerKey, oauth_token: creds.accessToken, oauth_signature_method: 'HMAC-SHA1', oauth_version: '1.0' });
    expect(oauth.oauth_nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(Math.abs(Number(oauth.oauth_timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const recomputed = oauth1Params({
      method: 'POST',
      url: `${fake.url}${call.path}`,
      credentials: { consumerKey: creds.consumerKey, consumerSecret: creds.consumerSecret, token: creds.accessToken, tokenSecret: creds.accessTokenSecret },
      nonce: oauth.oauth_nonce,
      timestamp: oauth.oauth_timestamp,
    });
    expect(oauth.oauth_signature).toBe(recomputed.oauth_signature);

    // X echoes our DM to the webhook: dropped, nothing new stored.
    const echo = { ...dm, direct_message_events: [{ ...dm.direct_message_events[0], id: dmEventId, message_create: { ...dm.direct_message_events[0].message_create, sender_id: '1234858592', target: { recipient_id: '3805104374' } } }] };
    expect(await (await webhook(channel.id, echo)).json()).toMatchObject({ received: 0, ignored: 1 });
    expect(await db.message.count({ where: { conversationId } })).toBe(2);
  });

  it('answers a mention with a public reply, and threads the customer answer to it back in', async () => {
    const tweet = fixture('twitter/doc_aaa_tweet_create_event_min.json');
    const { ctx, conversationId, channel } = await setup('2244994945', tweet);
    const reply = await sendReply(ctx, { conversationId, text: 'We are sorry! Please DM us your order number.' });
    await drainOutbox();
    const sent = await waitForStatus(reply.id, ['sent', 'failed']);
    expect(sent.status).toBe('sent');
    const calls = requestsTo('/2/tweets').filter((r) => (r.json as { text: string }).text === 'We are sorry! Please DM us your order number.');
    expect(calls).toHaveLength(1);
    expect(calls[0].json).toEqual({ text: 'We are sorry! Please DM us your order number.', reply: { in_reply_to_tweet_id: '967165828490842112' } });
    const tweetId = (calls[0].response as { data: { id: string } }).data.id;
    expect(sent.providerMessageId).toBe(tweetId);

    const t = tweet.tweet_create_events[0];
    const ours = { ...t, id_str: tweetId, text: '@customer We are sorry!', user: { id_str: '2244994945', screen_name: 'TwitterDev' }, in_reply_to_status_id_str: t.id_str, in_reply_to_user_id_str: '6253282' };
    const answer = { ...t, id_str: '967165828490842999', text: '@TwitterDev done, thanks', in_reply_to_status_id_str: tweetId, in_reply_to_user_id_str: '2244994945' };
    expect(await (await webhook(channel.id, { ...tweet, tweet_create_events: [ours, answer] })).json()).toMatchObject({ received: 1, ignored: 1 });
    const stored = await db.message.findFirstOrThrow({ where: { channelId: channel.id, providerMessageId: '967165828490842999' } });
    expect(stored.conversationId).toBe(conversationId);
  });

  it('refuses a public reply over 280 characters without calling X', async () => {
    const { ctx, conversationId } = await setup('2244994945', fixture('twitter/doc_aaa_tweet_create_event_min.json'));
    const before = fake.requests.length;
    const messagesBefore = await db.message.count({ where: { conversationId } });
    // Refused before anything is stored or queued: the agent sees why at once.
    await expect(sendReply(ctx, { conversationId, text: 'é'.repeat(281) })).rejects.toMatchObject({
      status: 422,
      message: 'Replies on X are limited to 280 characters (this one has 281).',
    });
    await drainOutbox();
    expect(await db.message.count({ where: { conversationId } })).toBe(messagesBefore);
    expect(fake.requests.length).toBe(before);
  });

  it('retries after a 500 and a 429 and sends exactly one DM', async () => {
    const { ctx, conversationId } = await setup('1234858592', fixture('twitter/doc_aaa_direct_message_event.json'));
    fake.failNext(1, 500);
    fake.failNext(1, 429);
    const reply = await sendReply(ctx, { conversationId, text: 'Retry me please' });
    await drainOutbox();
    const sent = await waitForStatus(reply.id, ['sent', 'failed'], 25_000);
    expect(sent.status).toBe('sent');
    expect(sent.providerError).toBeNull();
    const calls = fake.requests.filter((r) => (r.json as { text?: string })?.text === 'Retry me please');
    expect(calls.map((c) => c.answered)).toEqual([500, 429, 201]);
    expect(sent.providerMessageId).toBe((calls[2].response as { data: { dm_event_id: string } }).data.dm_event_id);
  });

  it("shows X's refusal on the message and on the channel", async () => {
    const { ctx, conversationId, channel } = await setup('1234858592', fixture('twitter/doc_aaa_direct_message_event.json'));
    fake.failNext(1, 403);
    const reply = await sendReply(ctx, { conversationId, text: 'Can you read this?' });
    await drainOutbox();
    const failed = await waitForStatus(reply.id, ['failed', 'sent']);
    expect(failed.status).toBe('failed');
    expect(failed.providerError).toBe('X answered 403: You are not permitted to send a message to this user.');
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastError).toBe(failed.providerError);
    expect(fake.requests.filter((r) => (r.json as { text?: string })?.text === 'Can you read this?')).toHaveLength(1);
  });
});
