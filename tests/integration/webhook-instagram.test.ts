// Instagram webhook (DMs and comments) through the real route: the signature
// vector on raw bytes, Meta's documented payloads, every Chatwoot Instagram
// payload (rows checked), receipts, unsends, echoes, other accounts' entries,
// bad input and concurrent duplicates.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { GET, POST } from '@/app/api/webhooks/instagram/[channelId]/route';
import { fetchMessageAttachment } from '@/lib/channels/meta/fetch-message-attachment';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { createMetaChannel, fill, fixtureJson, listFixtures, postSigned, postWebhook, readFixture, rowCounts, userContext } from '../helpers/meta-webhook';

afterAll(disconnectDb);

const IG = '17841405822304914';
const vectors = fixtureJson('signature_vectors.json');

describe('signature vector and Meta’s documented payloads', () => {
  it('doc_instagram_message: the exact raw bytes verify and store a DM; tampered or unsigned bytes write nothing', async () => {
    const ws = await createTestWorkspace();
    // The vector is over the raw fixture, placeholders included: the channel takes the placeholder as its id.
    const ch = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: '<YOUR_APP_USERS_INSTAGRAM_ACCOUNT_ID>', pageId: '1' }, { appSecret: 'test_app_secret' });
    const raw = Buffer.from(readFixture('instagram/doc_instagram_message.json'), 'utf8');
    const expected = vectors['meta_doc_instagram_message.json'].expected;
    const flipped = Buffer.from(raw);
    flipped[raw.indexOf('MESSAGE_TEXT')] ^= 0x20;
    expect((await postWebhook(POST, 'instagram', ch.channel.id, flipped, expected)).status).toBe(403);
    expect((await postWebhook(POST, 'instagram', ch.channel.id, JSON.stringify(JSON.parse(raw.toString())), expected)).status).toBe(403);
    expect((await postWebhook(POST, 'instagram', ch.channel.id, raw, null)).status).toBe(401);
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });

    const ok = await postWebhook(POST, 'instagram', ch.channel.id, raw, expected);
    expect(ok.status).toBe(200);
    const m = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id }, include: { contact: { include: { identities: true } } } });
    expect(m).toMatchObject({ providerMessageId: '<MESSAGE_ID>', text: '<MESSAGE_TEXT>', direction: 'in' });
    expect(m.sentAt.getTime()).toBe(1749625938425);
    expect(m.contact?.identities[0]).toMatchObject({ provider: 'instagram', externalId: '<IGSID>' });
  });

  it('doc_instagram_comment: a comment threaded on its media, author by IG-scoped id and username; our own comments ignored', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: IG, pageId: '1' });
    const values = { '<YOUR_APP_USERS_INSTAGRAM_ACCOUNT_ID>': IG, '<COMMENT_ID>': '17858893269000001', '<INSTAGRAM_SCOPED_USER_ID>': '6543210987654321', '<USERNAME>': 'trail.runner.kim', '<COMMENT_TEXT>': 'Is the green one back in stock?', '<MEDIA_ID>': '17900000000000001' };
    const res = await postSigned(POST, 'instagram', ch, fill(readFixture('instagram/doc_instagram_comment.json'), values));
    expect(res.body).toMatchObject({ received: 1 });
    const m = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id }, include: { conversation: true, contact: { include: { identities: true } } } });
    expect(m).toMatchObject({ providerMessageId: '17858893269000001', text: 'Is the green one back in stock?' });
    expect(m.sentAt.toISOString()).toBe(new Date(1749625938 * 1000).toISOString());
    expect(m.meta).toEqual({ kind: 'comment', commentId: '17858893269000001', postId: '17900000000000001', mediaProductType: 'FEED' });
    expect(m.conversation.threadKey).toBe('17900000000000001');
    expect(m.contact?.name).toBe('trail.runner.kim');
    expect(m.contact?.identities[0]).toMatchObject({ externalId: '6543210987654321', handle: 'trail.runner.kim' });

    const own = fill(readFixture('instagram/doc_instagram_comment.json'), { ...values, '<COMMENT_ID>': '17858893269000002', '<INSTAGRAM_SCOPED_USER_ID>': IG, '<USERNAME>': 'northwind' });
    expect((await postSigned(POST, 'instagram', ch, own)).body).toMatchObject({ received: 0, ignored: 1 });
    // Entries for another Instagram account of the same app are not this channel's.
    const other = fill(readFixture('instagram/doc_instagram_comment.json'), { ...values, '<YOUR_APP_USERS_INSTAGRAM_ACCOUNT_ID>': '17840000000000000', '<COMMENT_ID>': '17858893269000003' });
    expect((await postSigned(POST, 'instagram', ch, other)).body).toMatchObject({ received: 0, ignored: 1 });
    expect(await db.message.count({ where: { channelId: ch.channel.id } })).toBe(1);
  });
});

// Chatwoot keeps the webhook's entry[] array; we wrap it and give the entry our account id.
const lookaside = 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=';
const expectations: Record<string, { received: number; text?: string; attachments?: unknown[]; meta?: Record<string, unknown>; sentAt?: string }> = {
  'entry_attachment_ig_post.json': { received: 1, text: '', attachments: [{ type: 'ig_post', name: 'Shared Instagram post', url: `${lookaside}18091626484740369&signature=test` }] },
  'entry_attachment_ig_reel.json': { received: 1, attachments: [{ type: 'ig_reel', name: 'Reel title', url: 'https://www.example.com/test.jpeg' }] },
  'entry_attachment_ig_story.json': { received: 1, attachments: [{ type: 'ig_story', url: `${lookaside}17949487764033669&signature=test` }] },
  'entry_attachment_share.json': { received: 1, attachments: [{ type: 'share', url: 'https://www.example.com/test.jpeg' }] },
  'entry_message_reply_to_mid.json': { received: 1, text: 'This is message with replyto mid', meta: { inReplyTo: ['message-id-1'] } },
  'entry_read_seen.json': { received: 0 },
  'entry_standby_text_message.json': { received: 1, text: 'This is the first standby message from the customer, after 24 hours.' },
  'entry_story_mention.json': { received: 1, attachments: [{ type: 'story_mention', url: 'https://www.example.com/test.jpeg' }] },
  'entry_story_mention_echo.json': { received: 0 },
  'entry_story_reply.json': { received: 1, text: 'This is the story reply', meta: { replyToStory: { id: 'chatwoot-app-user-id-1', url: 'https://chatwoot-assets.local/sample.png' } } },
  'entry_test_event_changes_format.json': { received: 1, text: 'random_text', sentAt: '2018-05-27T22:23:44.000Z' },
  'entry_test_text_event.json': { received: 1, text: 'random_text', sentAt: '2018-05-27T22:23:44.000Z' },
  'entry_text_message.json': { received: 1, text: 'This is the first message from the customer', sentAt: '2021-09-08T06:34:04.000Z' },
  'entry_unsend_deleted.json': { received: 0 },
  'entry_unsupported.json': { received: 0 },
};

describe('chatwoot/instagram fixtures', () => {
  it('covers every file', () => {
    expect(listFixtures('chatwoot/instagram')).toEqual(Object.keys(expectations).sort());
  });

  for (const [file, want] of Object.entries(expectations)) {
    it(`${file} → ${want.received ? 'stored' : 'nothing new stored'}`, async () => {
      const ws = await createTestWorkspace();
      const ch = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: IG, pageId: '1' });
      const entries = fixtureJson<any[]>(`chatwoot/instagram/${file}`).map((e) => ({ ...e, id: IG }));
      const body = { object: 'instagram', entry: entries };
      const sender = entries[0].messaging?.[0]?.sender?.id ?? entries[0].standby?.[0]?.sender?.id ?? entries[0].changes?.[0]?.value?.sender?.id;

      if (file === 'entry_read_seen.json') {
        // Our reply that the customer has now seen (and an older one before it).
        const seed = await postSigned(POST, 'instagram', ch, { object: 'instagram', entry: [{ id: IG, time: 1631000000000, messaging: [{ sender: { id: sender }, recipient: { id: IG }, timestamp: 1631000000000, message: { mid: 'in-1', text: 'hi' } }] }] });
        const conversationId = (await db.message.findUniqueOrThrow({ where: { id: seed.body.messageIds[0] } })).conversationId;
        const out = (pmid: string, createdAt: string) => db.message.create({ data: { workspaceId: ws.workspace.id, conversationId, channelId: ch.channel.id, direction: 'out', providerMessageId: pmid, text: 'reply', status: 'sent', createdAt: new Date(createdAt) } });
        await out('older-reply', '2021-09-08T06:30:00Z');
        await out('message-id-1', '2021-09-08T06:33:00Z');
        const res = await postSigned(POST, 'instagram', ch, body);
        expect(res.body).toMatchObject({ received: 0, statuses: 2 });
        expect(await db.message.findMany({ where: { channelId: ch.channel.id, direction: 'out' }, select: { status: true } })).toEqual([{ status: 'read' }, { status: 'read' }]);
        return;
      }
      if (file === 'entry_unsend_deleted.json') {
        const seed = await postSigned(POST, 'instagram', ch, { object: 'instagram', entry: [{ id: IG, time: 1631000000000, messaging: [{ sender: { id: sender }, recipient: { id: IG }, timestamp: 1631000000000, message: { mid: 'message-id-to-delete', text: 'oops, wrong chat', attachments: [{ type: 'image', payload: { url: `${lookaside}1` } }] } }] }] });
        expect(seed.body.received).toBe(1);
        const res = await postSigned(POST, 'instagram', ch, body);
        expect(res.status).toBe(200);
        const m = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id, providerMessageId: 'message-id-to-delete' } });
        expect(m).toMatchObject({ text: '', attachments: [], meta: expect.objectContaining({ unsent: true, kind: 'dm' }) });
        return;
      }

      const res = await postSigned(POST, 'instagram', ch, body);
      expect(res.status).toBe(200);
      expect(res.body.received).toBe(want.received);
      const rows = await db.message.findMany({ where: { channelId: ch.channel.id }, include: { contact: { include: { identities: true } } } });
      expect(rows).toHaveLength(want.received);
      if (!want.received) {
        expect(res.body.ignored).toBeGreaterThan(0);
        expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });
        return;
      }
      const m = rows[0];
      expect(m.direction).toBe('in');
      expect(m.contact?.identities[0]).toMatchObject({ provider: 'instagram', externalId: sender });
      if (want.text !== undefined) expect(m.text).toBe(want.text);
      if (want.attachments) expect(m.attachments).toEqual(want.attachments);
      if (want.meta) expect(m.meta).toMatchObject(want.meta);
      if (want.sentAt) expect(m.sentAt.toISOString()).toBe(want.sentAt);
    });
  }

  it('a shared link outside Meta’s hosts is kept as a link but never fetched', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: IG, pageId: '1' });
    const entries = fixtureJson<any[]>('chatwoot/instagram/entry_attachment_share.json').map((e) => ({ ...e, id: IG }));
    const res = await postSigned(POST, 'instagram', ch, { object: 'instagram', entry: entries });
    await expect(fetchMessageAttachment(userContext(ws), res.body.messageIds[0], 0)).rejects.toMatchObject({ status: 422, code: 'media_host_refused' });
  });
});

describe('handshake and bad input', () => {
  it('GET answers the challenge only for the verify token', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: IG });
    const get = (token: string) => GET(new Request(`http://switchboard.test/api/webhooks/instagram/${ch.channel.id}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=42`), { params: Promise.resolve({ channelId: ch.channel.id }) });
    const ok = await get(ch.secrets.verifyToken);
    expect([ok.status, await ok.text()]).toEqual([200, '42']);
    expect((await get('nope')).status).toBe(403);
  });

  it('refuses malformed bodies with 400 and writes nothing; 10 concurrent copies of one DM store it once', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: IG });
    const bad: [string, RegExp][] = [
      ['not json', /not valid JSON/],
      [JSON.stringify({ object: 'page', entry: [] }), /object must be "instagram"/],
      [JSON.stringify({ object: 'instagram', entry: [{ id: IG, changes: [{ field: 'comments', value: { text: 'no id' } }] }] }), /changes\.0\.value\.id/],
    ];
    for (const [raw, msg] of bad) {
      const res = await postSigned(POST, 'instagram', ch, raw);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(msg);
    }
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 0, conversations: 0, contacts: 0 });

    const dm = { object: 'instagram', entry: [{ id: IG, time: Date.now(), messaging: [{ sender: { id: '7788' }, recipient: { id: IG }, timestamp: Date.now(), message: { mid: 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx', text: 'Hi! Do you ship to Canada?' } }] }] };
    const raw = JSON.stringify(dm);
    const answers = await Promise.all(Array.from({ length: 10 }, () => postSigned(POST, 'instagram', ch, raw)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.reduce((n, a) => n + a.body.received, 0)).toBe(1);
    expect(await rowCounts(ws.workspace.id)).toEqual({ messages: 1, conversations: 1, contacts: 1 });
  });
});
