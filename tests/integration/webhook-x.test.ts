import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { GET, POST } from '@/app/api/webhooks/x/[channelId]/route';
import { xSignature } from '@/lib/channels/x/verify-signature';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { fixturesDir } from '../../scripts/lib/shared-dir';

afterAll(disconnectDb);

const fixtures = fixturesDir();
const vectors = JSON.parse(fs.readFileSync(path.join(fixtures, 'signature_vectors.json'), 'utf8'));
const rawFixture = (name: string) => fs.readFileSync(path.join(fixtures, name));
const SECRET = vectors.x_webhooks_signature_fixture.consumerSecret as string;

async function xChannel(xUserId: string, opts: { enabled?: boolean; secret?: string } = {}) {
  const ws = await createTestWorkspace();
  const channel = await db.channel.create({
    data: {
      workspaceId: ws.workspace.id,
      provider: 'x',
      name: 'X · @brand',
      externalId: xUserId,
      enabled: opts.enabled ?? true,
      settings: { xUserId, screenName: 'brandsupport' },
      credentials: encryptJson({ consumerKey: 'ck', consumerSecret: opts.secret ?? SECRET, accessToken: 'at', accessTokenSecret: 'ats' }),
    },
  });
  return { ws, channel };
}

function post(channelId: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return POST(
    new Request(`https://switchboard.test/api/webhooks/x/${channelId}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) }),
    { params: Promise.resolve({ channelId }) },
  );
}

const signed = (channelId: string, body: string | Buffer, secret = SECRET) => post(channelId, body, { 'x-twitter-webhooks-signature': xSignature(secret, body) });
const count = (channelId: string) => db.message.count({ where: { channelId } });

describe('X Account Activity webhook', () => {
  it('answers the CRC check with the exact response token', async () => {
    const v = vectors.x_crc;
    const { channel } = await xChannel('1234858592', { secret: v.consumerSecret });
    const crc = (id: string, q: string) => GET(new Request(`https://switchboard.test/api/webhooks/x/${id}${q}`), { params: Promise.resolve({ channelId: id }) });
    const res = await crc(channel.id, `?crc_token=${encodeURIComponent(v.crc_token)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(v.expected_response);
    expect((await crc(channel.id, '')).status).toBe(400);
    expect((await crc('unknown-channel', `?crc_token=abc`)).status).toBe(404);
    const disabled = await xChannel('1', { enabled: false });
    expect((await crc(disabled.channel.id, `?crc_token=abc`)).status).toBe(404);
  });

  it('stores the documented DM from its raw bytes and the vector signature, once', async () => {
    const raw = rawFixture('twitter/doc_aaa_direct_message_event.json');
    const { ws, channel } = await xChannel('1234858592');
    const res = await post(channel.id, raw, { 'x-twitter-webhooks-signature': vectors.x_webhooks_signature_fixture.expected });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: 1, duplicates: 0 });
    const again = await post(channel.id, raw, { 'x-twitter-webhooks-signature': vectors.x_webhooks_signature_fixture.expected });
    expect(await again.json()).toMatchObject({ received: 0, duplicates: 1 });

    const messages = await db.message.findMany({ where: { channelId: channel.id }, include: { conversation: true, contact: { include: { identities: true } } } });
    expect(messages).toHaveLength(1);
    const m = messages[0];
    expect(m).toMatchObject({ direction: 'in', providerMessageId: '954491830116155396', text: 'Blue Bird', status: 'received', workspaceId: ws.workspace.id });
    expect(m.sentAt.getTime()).toBe(1516403560557);
    expect(m.meta).toMatchObject({ kind: 'dm', dmEventId: '954491830116155396', dmConversationId: '1234858592-3805104374' });
    expect(m.conversation.threadKey).toBe('1234858592-3805104374');
    expect(m.contact?.name).toBe('Customer');
    expect(m.contact?.identities[0]).toMatchObject({ provider: 'x', externalId: '3805104374', handle: 'customer' });
  });

  it('refuses a flipped byte, a re-serialised body, a missing header or a wrong secret, writing nothing', async () => {
    const raw = rawFixture('twitter/doc_aaa_direct_message_event.json');
    const header = { 'x-twitter-webhooks-signature': vectors.x_webhooks_signature_fixture.expected };
    const { channel } = await xChannel('1234858592');
    const flipped = Buffer.from(raw);
    flipped[raw.indexOf('Blue Bird')] ^= 0x20; // "blue Bird"
    const cases: [Response, number][] = [
      [await post(channel.id, flipped, header), 403],
      [await post(channel.id, JSON.stringify(JSON.parse(raw.toString('utf8'))), header), 403],
      [await post(channel.id, raw), 401],
      [await signed(channel.id, raw, 'another secret'), 403],
    ];
    for (const [res, status] of cases) {
      expect(res.status).toBe(status);
      expect((await res.json()).error.message).toEqual(expect.any(String));
    }
    expect(await count(channel.id)).toBe(0);
    expect(await db.contact.count({ where: { workspaceId: channel.workspaceId } })).toBe(0);
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastError).toMatch(/Webhook refused/);
  });

  it('stores the documented mention as its own thread, with the tweet time', async () => {
    const raw = rawFixture('twitter/doc_aaa_tweet_create_event_min.json');
    const { channel } = await xChannel('2244994945');
    const res = await signed(channel.id, raw);
    expect(await res.json()).toMatchObject({ received: 1 });
    const m = await db.message.findFirstOrThrow({ where: { channelId: channel.id }, include: { conversation: true, contact: { include: { identities: true } } } });
    expect(m).toMatchObject({ providerMessageId: '967165828490842112', text: '@TwitterDev my order never arrived' });
    expect(m.sentAt.toISOString()).toBe('2018-02-23T22:34:37.000Z');
    expect(m.meta).toMatchObject({ kind: 'mention', tweetId: '967165828490842112', url: 'https://x.com/customer/status/967165828490842112' });
    expect(m.conversation.threadKey).toBe('967165828490842112');
    expect(m.contact?.identities[0]).toMatchObject({ externalId: '6253282', handle: 'customer' });
  });

  it("stores Chatwoot's tweet, DM and DM-with-image payloads", async () => {
    const { channel } = await xChannel('1');
    for (const f of ['account_activity_tweet_create_event', 'account_activity_direct_message_event']) {
      expect((await signed(channel.id, rawFixture(`chatwoot/twitter/${f}.json`))).status).toBe(200);
    }
    const tweet = await db.message.findFirstOrThrow({ where: { channelId: channel.id, providerMessageId: '1' }, include: { contact: { include: { identities: true } } } });
    expect(tweet.text).toBe('@chatwootapp Testing a sample tweet with Twitter client');
    expect(tweet.sentAt.toISOString()).toBe('2020-02-05T08:39:31.000Z');
    expect(tweet.contact).toMatchObject({ name: 'SurveyJoy', followerCount: 21 });
    expect(tweet.contact?.identities[0]).toMatchObject({ externalId: '2', handle: 'surveyjoyHQ' });
    const dm = await db.message.findFirstOrThrow({ where: { channelId: channel.id, providerMessageId: '123' }, include: { conversation: true } });
    expect(dm.text).toBe('Blue Bird');
    // The same customer's DM is a conversation of its own, apart from the mention.
    expect(dm.conversationId).not.toBe(tweet.conversationId);
    expect(dm.conversation.threadKey).toBe('1-2');
    expect(dm.contactId).toBe(tweet.contactId);

    const other = await xChannel('1');
    expect((await signed(other.channel.id, rawFixture('chatwoot/twitter/account_activity_direct_message_image.json'))).status).toBe(200);
    const image = await db.message.findFirstOrThrow({ where: { channelId: other.channel.id } });
    expect(image.text).toBe('Blue Bird');
    expect(image.attachments).toEqual([{ type: 'image', url: 'https://pbs.twimg.com/media/DOhM30VVwAEpIHq.jpg', name: 'DOhM30VVwAEpIHq.jpg' }]);
  });

  it('drops our own tweets and DMs, other accounts, retweets, unrelated tweets and unsupported events', async () => {
    const { channel } = await xChannel('1');
    const tweet = JSON.parse(rawFixture('chatwoot/twitter/account_activity_tweet_create_event.json').toString('utf8'));
    const dm = JSON.parse(rawFixture('chatwoot/twitter/account_activity_direct_message_event.json').toString('utf8'));
    const t = tweet.tweet_create_events[0];
    const bodies = [
      { ...tweet, tweet_create_events: [{ ...t, id_str: '10', user: { ...t.user, id: 1, id_str: '1' } }] },
      { ...dm, direct_message_events: [{ ...dm.direct_message_events[0], id: '11', message_create: { ...dm.direct_message_events[0].message_create, sender_id: '1', target: { recipient_id: '2' } } }] },
      { ...tweet, for_user_id: '999' },
      { ...tweet, tweet_create_events: [{ ...t, id_str: '12', retweeted_status: { id_str: '5' } }] },
      { ...tweet, tweet_create_events: [{ ...t, id_str: '13', text: 'nice weather', in_reply_to_user_id_str: '77' }] },
      { for_user_id: '1', favorite_events: [{ id: 'f1' }], follow_events: [{ type: 'follow' }] },
      { ...dm, direct_message_events: [{ type: 'message_delete', id: '14' }] },
    ];
    let ignored = 0;
    for (const body of bodies) {
      const res = await signed(channel.id, JSON.stringify(body));
      expect(res.status).toBe(200);
      const result = await res.json();
      expect(result.received).toBe(0);
      ignored += result.ignored;
    }
    expect(ignored).toBe(8);
    expect(await count(channel.id)).toBe(0);
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastError).toBe('Ignored X events for user 999; this channel is user 1');
  });

  it('threads a reply to a stored tweet into its conversation and applies DM read receipts', async () => {
    const { channel } = await xChannel('1');
    const tweet = JSON.parse(rawFixture('chatwoot/twitter/account_activity_tweet_create_event.json').toString('utf8'));
    const t = tweet.tweet_create_events[0];
    await signed(channel.id, JSON.stringify(tweet));
    const reply = { ...t, id_str: '20', text: '@surveyjoyHQ @chatwootapp still waiting', in_reply_to_status_id_str: '1', in_reply_to_user_id_str: '2', entities: { user_mentions: [{ id_str: '2' }, { id_str: '1' }] } };
    await signed(channel.id, JSON.stringify({ ...tweet, tweet_create_events: [reply] }));
    const [first, second] = await db.message.findMany({ where: { channelId: channel.id }, orderBy: { createdAt: 'asc' } });
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.meta).toMatchObject({ inReplyTo: ['1'] });

    const out = await db.message.create({
      data: { workspaceId: channel.workspaceId, conversationId: first.conversationId, channelId: channel.id, direction: 'out', providerMessageId: '555', status: 'sent', text: 'Sorry!' },
    });
    const read = { for_user_id: '1', direct_message_mark_read_events: [{ created_timestamp: '1700000000000', sender_id: '2', target: { recipient_id: '1' }, last_read_event_id: '555' }] };
    expect(await (await signed(channel.id, JSON.stringify(read))).json()).toMatchObject({ statuses: 1 });
    const after = await db.message.findUniqueOrThrow({ where: { id: out.id } });
    expect(after.status).toBe('read');
    expect(after.readAt?.getTime()).toBe(1_700_000_000_000);
  });

  it('refuses malformed, oversized and misaddressed requests with a JSON 4xx and writes nothing', async () => {
    const { channel } = await xChannel('1');
    const disabled = await xChannel('1', { enabled: false });
    const tweet = JSON.parse(rawFixture('chatwoot/twitter/account_activity_tweet_create_event.json').toString('utf8'));
    const big = JSON.stringify({ ...tweet, padding: 'x'.repeat(1024 * 1024) });
    const cases: [Response, number][] = [
      [await signed(channel.id, '{not json'), 400],
      [await signed(channel.id, '{}'), 400],
      [await signed(channel.id, JSON.stringify({ ...tweet, tweet_create_events: [{ ...tweet.tweet_create_events[0], user: undefined }] })), 400],
      [await signed(channel.id, JSON.stringify({ ...tweet, direct_message_events: [{ type: 'message_create' }] })), 400],
      [await signed(channel.id, big), 413],
      [await signed(disabled.channel.id, JSON.stringify(tweet)), 404],
      [await signed('no-such-channel', JSON.stringify(tweet)), 404],
    ];
    for (const [res, status] of cases) {
      expect(res.status).toBe(status);
      expect((await res.json()).error.code).toEqual(expect.any(String));
    }
    expect(await db.message.count({ where: { channelId: { in: [channel.id, disabled.channel.id] } } })).toBe(0);
    expect(await db.contact.count({ where: { workspaceId: { in: [channel.workspaceId, disabled.channel.workspaceId] } } })).toBe(0);
  });

  it('keeps one message when the same delivery arrives 10 times at once', async () => {
    const { channel } = await xChannel('1234858592');
    const raw = rawFixture('twitter/doc_aaa_direct_message_event.json');
    const answers = await Promise.all(Array.from({ length: 10 }, () => signed(channel.id, raw)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const results = await Promise.all(answers.map((a) => a.json()));
    expect(results.reduce((n, r) => n + r.received, 0)).toBe(1);
    expect(await count(channel.id)).toBe(1);
    expect(await db.conversation.count({ where: { channelId: channel.id } })).toBe(1);
    expect(await db.contactIdentity.count({ where: { workspaceId: channel.workspaceId } })).toBe(1);
  });
});
