// Messenger webhook (Page DMs and Page comments) through the real route:
// the GET handshake, signatures on raw bytes, every fixture that fits, batched
// entries, receipts, unsends, bad input with nothing written, and concurrent
// duplicate deliveries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { GET, POST } from '@/app/api/webhooks/messenger/[channelId]/route';
import { fetchMessageAttachment } from '@/lib/channels/meta/fetch-message-attachment';
import { GET as attachmentGET } from '@/app/api/attachments/[messageId]/[index]/route';
import { ApiError } from '@/lib/api/errors';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { startFakeGraphApi, type FakeGraphApi } from '../helpers/fake-graph-api';
import { createMetaChannel, fill, fixtureJson, listFixtures, postSigned, postWebhook, readFixture, rowCounts, sign, userContext } from '../helpers/meta-webhook';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi();
  process.env.META_GRAPH_URL = graph.url;
  process.env.PROVIDER_MEDIA_HOSTS = graph.host;
});
afterAll(async () => {
  await graph.close();
  await disconnectDb();
});

const PAGE = '682498302938465';
const vectors = fixtureJson('signature_vectors.json');

const handshake = (channelId: string, q: Record<string, string>) =>
  GET(new Request(`http://switchboard.test/api/webhooks/messenger/${channelId}?${new URLSearchParams(q)}`), { params: Promise.resolve({ channelId }) });

// A messaging item (Chatwoot's fixtures hold one, unwrapped) in the standard envelope.
const envelope = (pageId: string, items: unknown[], time = Date.now()) => ({ object: 'page', entry: [{ id: pageId, time, messaging: items }] });

describe('GET handshake', () => {
  it('answers the challenge as text/plain for the channel’s verify token, 403 otherwise, 404 for unknown or disabled channels', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
    const ok = await handshake(ch.channel.id, { 'hub.mode': 'subscribe', 'hub.verify_token': ch.secrets.verifyToken, 'hub.challenge': '1158201444' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('1158201444');
    expect((await handshake(ch.channel.id, { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' })).status).toBe(403);
    expect((await handshake(ch.channel.id, { 'hub.mode': 'unsubscribe', 'hub.verify_token': ch.secrets.verifyToken, 'hub.challenge': '1' })).status).toBe(403);
    expect((await handshake(ch.channel.id, { 'hub.mode': 'subscribe', 'hub.challenge': '1' })).status).toBe(403);
    expect((await handshake('no-such-channel', { 'hub.mode': 'subscribe', 'hub.verify_token': ch.secrets.verifyToken, 'hub.challenge': '1' })).status).toBe(404);
    // Another provider's channel id on this route is unknown here.
    const ig = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: '1784' });
    expect((await handshake(ig.channel.id, { 'hub.mode': 'subscribe', 'hub.verify_token': ig.secrets.verifyToken, 'hub.challenge': '1' })).status).toBe(404);
    await db.channel.update({ where: { id: ch.channel.id }, data: { enabled: false } });
    expect((await handshake(ch.channel.id, { 'hub.mode': 'subscribe', 'hub.verify_token': ch.secrets.verifyToken, 'hub.challenge': '1' })).status).toBe(404);
  });
});

describe('signature vector meta_doc_message_text.json through the route', () => {
  it('accepts the exact raw bytes and stores the message; refuses a flipped byte, a re-serialised body, a missing header', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE }, { appSecret: 'test_app_secret' });
    const raw = Buffer.from(readFixture('messenger/doc_message_text.json'), 'utf8');
    const expected = vectors['meta_doc_message_text.json'].expected;

    const flipped = Buffer.from(raw);
    flipped[40] ^= 0x01;
    const refused = [
      await postWebhook(POST, 'messenger', ch.channel.id, flipped, expected),
      await postWebhook(POST, 'messenger', ch.channel.id, JSON.stringify(JSON.parse(raw.toString())), expected),
      await postWebhook(POST, 'messenger', ch.channel.id, raw, null),
      await postWebhook(POST, 'messenger', ch.channel.id, raw, 'sha256=xyz'),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 401, 401]);
    for (const r of refused) expect(r.body.error.message).toEqual(expect.any(String));
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
    // The failed check is visible to the team as the channel's last error.
    expect((await db.channel.findUniqueOrThrow({ where: { id: ch.channel.id } })).lastError).toMatch(/Webhook refused/);

    const ok = await postWebhook(POST, 'messenger', ch.channel.id, raw, expected);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ received: 1, duplicates: 0 });
    const m = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id }, include: { contact: { include: { identities: true } }, conversation: true } });
    expect(m).toMatchObject({ direction: 'in', status: 'received', providerMessageId: 'm_1457764197618:41d102a3e1ae206a38', text: 'hello, world!' });
    expect(m.sentAt.toISOString()).toBe(new Date(1458692752478).toISOString());
    expect(m.meta).toMatchObject({ kind: 'dm', inReplyTo: ['m_1fTq8oLumEyIp3Q2MR-aY7IfLZDamVrALniheU'] });
    expect(m.contact?.identities).toEqual([expect.objectContaining({ provider: 'messenger', externalId: '<PSID>', channelId: ch.channel.id })]);
    expect(m.conversation).toMatchObject({ status: 'open', threadKey: null, messageCount: 1, preview: 'hello, world!' });
    // A triage job waits in the outbox for the message.
    expect(await db.outbox.count({ where: { jobId: `triage-${m.id}` } })).toBe(1);
  });
});

describe('fixtures', () => {
  it('doc_message_attachment: an image attachment kept as the CDN URL, fetched only when an agent opens it', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const cdnUrl = graph.addCdnFile('photo-1.png', png, 'image/png');
    const raw = fill(readFixture('messenger/doc_message_attachment.json'), { '<PSID>': '24012345678901234', '<PAGE_ID>': PAGE, '<ATTACHMENT_URL>': cdnUrl });
    const before = graph.requests.length;
    const res = await postSigned(POST, 'messenger', ch, raw);
    expect(res.status).toBe(200);
    expect(graph.requests.length).toBe(before); // nothing downloaded at ingest
    const m = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id } });
    expect(m).toMatchObject({ providerMessageId: 'mid.$cAAJdkrCd2ORnva8ErFhjGm0X_Q_c', text: '' });
    expect(m.attachments).toEqual([{ type: 'image', url: cdnUrl }]);

    const file = await fetchMessageAttachment(userContext(ws), m.id, 0);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
    // The route is for signed-in agents only: even a valid API key is refused.
    const viaKey = await attachmentGET(new Request(`http://switchboard.test/api/attachments/${m.id}/0`, { headers: { authorization: `Bearer ${ws.apiKey}` } }), { params: Promise.resolve({ messageId: m.id, index: '0' }) });
    expect(viaKey.status).toBe(401);
    // Another workspace's agent, an index past the end: 404.
    const other = await createTestWorkspace();
    await expect(fetchMessageAttachment(userContext(other), m.id, 0)).rejects.toMatchObject({ status: 404 });
    await expect(fetchMessageAttachment(userContext(ws), m.id, 1)).rejects.toMatchObject({ status: 404 });
    // A URL outside Meta's hosts is never fetched.
    await db.message.update({ where: { id: m.id }, data: { attachments: [{ type: 'image', url: 'https://evil.example.com/x.png' }] } });
    const refused = await fetchMessageAttachment(userContext(ws), m.id, 0).catch((e: ApiError) => e);
    expect(refused).toMatchObject({ status: 422, code: 'media_host_refused' });
  });

  it('facebook_messenger_gem_feed_change: a Page status post is not a comment and writes nothing', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: '100518329516574' });
    const res = await postSigned(POST, 'messenger', ch, readFixture('messenger/facebook_messenger_gem_feed_change.json'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 0, ignored: 1 });
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
  });

  it('chatwoot/facebook: text message stored; delivery and read watermarks update our earlier outbound messages only', async () => {
    expect(listFixtures('chatwoot/facebook')).toEqual(['messaging_delivery.json', 'messaging_read.json', 'messaging_text_message.json']);
    const ws = await createTestWorkspace();
    const pageId = '117172741761305';
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId });
    const item = (f: string) => fixtureJson(`chatwoot/facebook/${f}`).messaging;

    const text = await postSigned(POST, 'messenger', ch, envelope(pageId, [item('messaging_text_message.json')]));
    expect(text.body).toMatchObject({ received: 1 });
    const inbound = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id }, include: { contact: { include: { identities: true } } } });
    expect(inbound.text).toBe('facebook message');
    expect(inbound.contact?.identities[0].externalId).toBe('3383290475046708');

    // Our replies: one sent before the watermark (1648581633369), one after, one still queued.
    const watermark = 1648581633369;
    const mk = (pmid: string | null, createdAt: number, status: 'sent' | 'queued') =>
      db.message.create({
        data: { workspaceId: ws.workspace.id, conversationId: inbound.conversationId, channelId: ch.channel.id, direction: 'out', providerMessageId: pmid, text: 'reply', status, createdAt: new Date(createdAt), sentAt: new Date(createdAt) },
      });
    const before = await mk('m_before', watermark - 60_000, 'sent');
    const after = await mk('m_after', watermark + 60_000, 'sent');
    const queued = await mk(null, watermark - 30_000, 'queued');

    const delivered = await postSigned(POST, 'messenger', ch, envelope(pageId, [item('messaging_delivery.json')]));
    expect(delivered.body).toMatchObject({ statuses: 1, received: 0 });
    expect(await db.message.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ status: 'delivered', deliveredAt: new Date(watermark) });
    const read = await postSigned(POST, 'messenger', ch, envelope(pageId, [item('messaging_read.json')]));
    expect(read.body).toMatchObject({ statuses: 1 });
    expect(await db.message.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ status: 'read', readAt: new Date(watermark) });
    expect((await db.message.findUniqueOrThrow({ where: { id: after.id } })).status).toBe('sent');
    expect((await db.message.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe('queued');
    expect(await db.message.count({ where: { channelId: ch.channel.id, direction: 'in' } })).toBe(1);
  });
});

describe('batched entries', () => {
  it('stores every message of several entries once, ignores echoes, reactions, other Pages and unknown events with reasons, applies receipts', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
    const t = Date.now() - 60_000;
    const ours = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: 'other-page' });
    // An earlier reply of ours, to be marked delivered by mid.
    const seed = await postSigned(POST, 'messenger', ch, envelope(PAGE, [{ sender: { id: 'psid-a' }, recipient: { id: PAGE }, timestamp: t - 5000, message: { mid: 'm_a0', text: 'first' } }]));
    expect(seed.body.received).toBe(1);
    const conv = await db.conversation.findFirstOrThrow({ where: { channelId: ch.channel.id } });
    await db.message.create({ data: { workspaceId: ws.workspace.id, conversationId: conv.id, channelId: ch.channel.id, direction: 'out', providerMessageId: 'm_our_reply', text: 'hi', status: 'sent', createdAt: new Date(t - 4000) } });

    const body = {
      object: 'page',
      entry: [
        {
          id: PAGE,
          time: t,
          messaging: [
            { sender: { id: 'psid-a' }, recipient: { id: PAGE }, timestamp: t, message: { mid: 'm_a1', text: 'Where is my order #5531?' } },
            { sender: { id: 'psid-a' }, recipient: { id: PAGE }, timestamp: t + 1, message: { mid: 'm_a2', text: 'It was due Monday', quick_reply: { payload: 'ORDER_STATUS' } } },
            { sender: { id: PAGE }, recipient: { id: 'psid-a' }, timestamp: t + 2, message: { mid: 'm_echo', text: 'We are on it', is_echo: true, app_id: 1517776481860111 } },
            { sender: { id: 'psid-a' }, recipient: { id: PAGE }, timestamp: t + 3, delivery: { mids: ['m_our_reply'], watermark: t + 3 } },
            { sender: { id: 'psid-a' }, recipient: { id: PAGE }, timestamp: t + 4, reaction: { mid: 'm_our_reply', action: 'react', emoji: '❤', reaction: 'love' } },
          ],
        },
        {
          id: PAGE,
          time: t + 10,
          messaging: [
            { sender: { id: 'psid-b' }, recipient: { id: PAGE }, timestamp: t + 10, postback: { title: 'Talk to a human', payload: 'HUMAN', mid: 'm_pb1' } },
            { sender: { id: 'psid-b' }, recipient: { id: PAGE }, timestamp: t + 11, optin: { ref: 'landing' } },
            { sender: { id: 'psid-b' }, recipient: { id: PAGE }, timestamp: t + 12, message: { mid: 'm_unsup', is_unsupported: true } },
          ],
          standby: [{ sender: { id: 'psid-c' }, recipient: { id: PAGE }, timestamp: t + 13, message: { mid: 'm_c1', text: 'Hello? (while a bot has the thread)' } }],
        },
        { id: 'other-page', time: t, messaging: [{ sender: { id: 'psid-z' }, recipient: { id: 'other-page' }, timestamp: t, message: { mid: 'm_z', text: 'not for this channel' } }] },
      ],
    };
    const res = await postSigned(POST, 'messenger', ch, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 4, duplicates: 0, statuses: 1, ignored: 5 });

    const rows = await db.message.findMany({ where: { channelId: ch.channel.id, direction: 'in' }, orderBy: { sentAt: 'asc' }, include: { contact: { include: { identities: true } } } });
    expect(rows.map((r) => [r.providerMessageId, r.text, r.contact?.identities[0].externalId])).toEqual([
      ['m_a0', 'first', 'psid-a'],
      ['m_a1', 'Where is my order #5531?', 'psid-a'],
      ['m_a2', 'It was due Monday', 'psid-a'],
      ['m_pb1', 'Talk to a human', 'psid-b'],
      ['m_c1', 'Hello? (while a bot has the thread)', 'psid-c'],
    ]);
    expect(rows[2].meta).toMatchObject({ quickReplyPayload: 'ORDER_STATUS' });
    expect(rows[3].meta).toMatchObject({ postbackPayload: 'HUMAN' });
    // psid-a's three messages share one conversation.
    expect(new Set(rows.slice(0, 3).map((r) => r.conversationId)).size).toBe(1);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conv.id } })).messageCount).toBe(3); // the three inbound ones (our reply row was inserted directly)
    expect(await db.message.findFirstOrThrow({ where: { providerMessageId: 'm_our_reply' } })).toMatchObject({ status: 'delivered', deliveredAt: new Date(t + 3) });
    expect(await db.message.count({ where: { providerMessageId: { in: ['m_echo', 'm_unsup', 'm_z'] } } })).toBe(0);
    expect(await db.message.count({ where: { channelId: ours.channel.id } })).toBe(0);

    // Meta retries the whole batch: nothing new.
    const again = await postSigned(POST, 'messenger', ch, body);
    expect(again.body).toMatchObject({ received: 0, duplicates: 4 });
    expect(await db.message.count({ where: { channelId: ch.channel.id, direction: 'in' } })).toBe(5);
  });
});

describe('Page comments (feed)', () => {
  const comment = (over: Record<string, unknown>) => ({
    object: 'page',
    entry: [
      {
        id: PAGE,
        time: 1732000000,
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: '7012345678901234', name: 'Dana Whitfield' },
              post: { status_type: 'added_photos', is_published: true, updated_time: '2024-11-19T07:06:40+0000', permalink_url: 'https://www.facebook.com/northwind/posts/pfbid0abc', promotion_status: 'inactive', id: `${PAGE}_1122334455` },
              message: 'Do these boots come in wide sizes?',
              post_id: `${PAGE}_1122334455`,
              comment_id: '1122334455_9988776655',
              created_time: 1732000000,
              item: 'comment',
              parent_id: `${PAGE}_1122334455`,
              verb: 'add',
              ...over,
            },
          },
        ],
      },
    ],
  });

  it('stores a comment with the post as thread key, threads replies per customer, ignores our own comments and edits, blanks removed ones', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
    const first = await postSigned(POST, 'messenger', ch, comment({}));
    expect(first.body).toMatchObject({ received: 1 });
    const m = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id }, include: { conversation: true, contact: true } });
    expect(m).toMatchObject({ providerMessageId: '1122334455_9988776655', text: 'Do these boots come in wide sizes?' });
    expect(m.sentAt.toISOString()).toBe(new Date(1732000000 * 1000).toISOString());
    expect(m.meta).toEqual({ kind: 'comment', commentId: '1122334455_9988776655', postId: `${PAGE}_1122334455` });
    expect(m.conversation.threadKey).toBe(`${PAGE}_1122334455`);
    expect(m.contact?.name).toBe('Dana Whitfield');

    const reply = await postSigned(POST, 'messenger', ch, comment({ comment_id: '1122334455_9988776656', parent_id: '1122334455_9988776655', message: 'Size 11 please', created_time: 1732000100 }));
    expect(reply.body).toMatchObject({ received: 1 });
    const second = await db.message.findFirstOrThrow({ where: { providerMessageId: '1122334455_9988776656' } });
    expect(second.conversationId).toBe(m.conversationId);
    expect(second.meta).toMatchObject({ parentId: '1122334455_9988776655' });

    const ignoredOnes = [
      await postSigned(POST, 'messenger', ch, comment({ comment_id: '1122334455_1', from: { id: PAGE, name: 'Northwind Outfitters' }, message: 'Yes they do!' })),
      await postSigned(POST, 'messenger', ch, comment({ verb: 'edited', message: 'Do these boots come in wide sizes??' })),
      await postSigned(POST, 'messenger', ch, comment({ item: 'reaction', verb: 'add', reaction_type: 'like' })),
    ];
    for (const r of ignoredOnes) expect(r.body).toMatchObject({ received: 0, ignored: 1 });
    expect(await db.message.count({ where: { channelId: ch.channel.id } })).toBe(2);

    const removed = await postSigned(POST, 'messenger', ch, comment({ verb: 'remove', comment_id: '1122334455_9988776656' }));
    expect(removed.status).toBe(200);
    expect(await db.message.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ text: '', meta: expect.objectContaining({ unsent: true }) });
  });
});

describe('bad input', () => {
  it('answers 400/404/413 with a JSON error and writes nothing', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
    const cases: [string, number, RegExp][] = [
      ['{"object":"page","entry":[', 400, /not valid JSON/],
      ['[]', 400, /body|expected object/i],
      [JSON.stringify({ object: 'page', entry: 'nope' }), 400, /entry/],
      [JSON.stringify({ object: 'instagram', entry: [] }), 400, /object must be "page"/],
      [JSON.stringify({ object: 'page', entry: [{ id: PAGE, messaging: [{ sender: { id: 'x' }, message: { text: 'no mid' } }] }] }), 400, /entry\.0\.messaging\.0\.message\.mid/],
      [JSON.stringify({ object: 'page', entry: [{ id: PAGE, changes: [{ field: 'feed', value: { item: 7 } }] }] }), 400, /changes\.0\.value\.item/],
    ];
    for (const [raw, status, message] of cases) {
      const res = await postSigned(POST, 'messenger', ch, raw);
      expect(res.status, raw).toBe(status);
      expect(res.body.error.message).toMatch(message);
    }
    const valid = JSON.stringify(envelope(PAGE, [{ sender: { id: 'p1' }, recipient: { id: PAGE }, timestamp: Date.now(), message: { mid: 'm_valid', text: 'hi' } }]));
    expect((await postWebhook(POST, 'messenger', 'unknown-channel-id', valid, sign(ch.secrets.appSecret, valid))).status).toBe(404);
    const big = JSON.stringify({ object: 'page', entry: [], pad: 'x'.repeat(1024 * 1024) });
    const tooBig = await postSigned(POST, 'messenger', ch, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe('payload_too_large');
    await db.channel.update({ where: { id: ch.channel.id }, data: { enabled: false } });
    expect((await postSigned(POST, 'messenger', ch, valid)).status).toBe(404);
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
  });

  it('the same delivery posted 10 times at once leaves one message', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
    const raw = fill(readFixture('messenger/doc_message_text.json'), { '<PSID>': '24000000000000001', '<PAGE_ID>': PAGE });
    const answers = await Promise.all(Array.from({ length: 10 }, () => postSigned(POST, 'messenger', ch, raw)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.reduce((n, a) => n + a.body.received, 0)).toBe(1);
    expect(new Set(answers.map((a) => a.body.messageIds[0])).size).toBe(1);
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 1, conversations: 1, contacts: 1 });
  });
});
