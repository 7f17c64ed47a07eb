// Messenger and Instagram replies against a local Graph API: DMs (RESPONSE,
// HUMAN_AGENT after 24 h, refused after 7 days), public replies to Facebook
// and Instagram comments, Graph errors shown on the message, rate limits and
// 5xx retried by the real outbound worker without a second provider message,
// and receipts flowing back to the sent message.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { POST as messengerPOST } from '@/app/api/webhooks/messenger/[channelId]/route';
import { POST as instagramPOST } from '@/app/api/webhooks/instagram/[channelId]/route';
import { sendReply } from '@/lib/conversations/send-reply';
import { deliverOutboundMessage } from '@/lib/outbound/deliver-outbound-message';
import { RetryableSendError } from '@/lib/outbound/send-errors';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { closeQueues } from '@/lib/queue/get-queue';
import { startOutboundWorker } from '@/workers/outbound';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { startFakeGraphApi, type FakeGraphApi } from '../helpers/fake-graph-api';
import { createMetaChannel, postSigned, userContext, waitFor } from '../helpers/meta-webhook';

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi();
  process.env.META_GRAPH_URL = graph.url;
});
beforeEach(() => graph.reset());
afterAll(async () => {
  await closeQueues();
  await graph.close();
  await disconnectDb();
});

const PAGE = '104912345678901';
const IG = '17841405822304914';
const HOUR = 3_600_000;

async function messengerDm(hoursAgo: number, psid = `psid-${Math.random().toString(36).slice(2, 10)}`) {
  const ws = await createTestWorkspace();
  const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
  const t = Date.now() - hoursAgo * HOUR;
  const res = await postSigned(messengerPOST, 'messenger', ch, { object: 'page', entry: [{ id: PAGE, time: t, messaging: [{ sender: { id: psid }, recipient: { id: PAGE }, timestamp: t, message: { mid: `m_in_${t}`, text: 'My parcel never arrived' } }] }] });
  expect(res.body.received).toBe(1);
  const conversationId = (await db.message.findUniqueOrThrow({ where: { id: res.body.messageIds[0] } })).conversationId;
  return { ws, ch, psid, conversationId, ctx: userContext(ws) };
}

const sendsTo = (suffix: string) => graph.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));

describe('Messenger DMs', () => {
  it('sends { recipient, messaging_type RESPONSE, message } with the Page token, records the mid; receipts mark it delivered then read', async () => {
    const { ws, ch, psid, conversationId, ctx } = await messengerDm(1);
    const reply = await sendReply(ctx, { conversationId, text: 'Sorry about that! A replacement ships today.' });
    expect(reply.status).toBe('queued');
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('sent');

    expect(graph.requests).toHaveLength(1);
    const r = graph.requests[0];
    expect([r.method, r.path]).toEqual(['POST', `/${PAGE}/messages`]);
    expect(r.headers.authorization).toBe(`Bearer ${ch.secrets.pageAccessToken}`);
    expect(r.query).toEqual({}); // the token never travels in the URL
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.body).toEqual({ recipient: { id: psid }, messaging_type: 'RESPONSE', message: { text: 'Sorry about that! A replacement ships today.' } });
    const sent = await db.message.findUniqueOrThrow({ where: { id: reply.id } });
    expect(sent).toMatchObject({ status: 'sent', providerMessageId: expect.stringMatching(/^m_FAKE\d+$/), providerError: null });

    // Meta reports delivery (by mid), then a read watermark.
    const now = Date.now();
    const receipt = (ev: object) => ({ object: 'page', entry: [{ id: PAGE, time: now, messaging: [{ sender: { id: psid }, recipient: { id: PAGE }, timestamp: now, ...ev }] }] });
    expect((await postSigned(messengerPOST, 'messenger', ch, receipt({ delivery: { mids: [sent.providerMessageId], watermark: now } }))).body.statuses).toBe(1);
    expect((await db.message.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe('delivered');
    expect((await postSigned(messengerPOST, 'messenger', ch, receipt({ read: { watermark: now + 1000 } }))).body.statuses).toBe(1);
    expect(await db.message.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: 'read', readAt: new Date(now + 1000), deliveredAt: new Date(now) });
  });

  it('after 24 h the reply carries the HUMAN_AGENT tag; after 7 days sendReply refuses with 422 and writes nothing', async () => {
    const late = await messengerDm(30);
    const reply = await sendReply(late.ctx, { conversationId: late.conversationId, text: 'Following up on your parcel.' });
    expect(await deliverOutboundMessage(late.ws.workspace.id, reply.id)).toBe('sent');
    expect(graph.requests[0].body).toEqual({ recipient: { id: late.psid }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Following up on your parcel.' } });

    const old = await messengerDm(8 * 24);
    await expect(sendReply(old.ctx, { conversationId: old.conversationId, text: 'Hello?' })).rejects.toMatchObject({ status: 422, code: 'provider_rule', message: expect.stringMatching(/7 days/) });
    expect(await db.message.count({ where: { conversationId: old.conversationId, direction: 'out' } })).toBe(0);
  });

  it('a Graph 400 is shown on the message as failed with Graph’s message, and on the channel', async () => {
    const { ws, ch, conversationId, ctx } = await messengerDm(1);
    graph.failNext(1, 400, { message: "(#551) This person isn't available right now.", type: 'OAuthException', code: 551, error_subcode: 1545041 });
    const reply = await sendReply(ctx, { conversationId, text: 'Are you there?' });
    await expect(deliverOutboundMessage(ws.workspace.id, reply.id)).rejects.toThrow(/isn't available right now/);
    const row = await db.message.findUniqueOrThrow({ where: { id: reply.id } });
    expect(row.status).toBe('failed');
    expect(row.providerError).toContain("(#551) This person isn't available right now.");
    expect(row.providerError).toContain('code 551/1545041');
    expect((await db.channel.findUniqueOrThrow({ where: { id: ch.channel.id } })).lastError).toContain("isn't available right now");
    // A failed message is never sent again by a re-delivered job.
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('failed');
    expect(graph.requests).toHaveLength(1);
  });

  it('a rate limit (HTTP 400, code 613) is retryable: back to queued, then sent once', async () => {
    const { ws, conversationId, ctx } = await messengerDm(1);
    graph.failNext(1, 400, { message: '(#613) Calls to this api have exceeded the rate limit.', type: 'OAuthException', code: 613 });
    const reply = await sendReply(ctx, { conversationId, text: 'One moment please' });
    await expect(deliverOutboundMessage(ws.workspace.id, reply.id)).rejects.toBeInstanceOf(RetryableSendError);
    expect(await db.message.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: 'queued', providerError: expect.stringMatching(/^Retrying: .*rate limit/) });
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('sent');
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('already-sent');
    expect(sendsTo('/messages')).toHaveLength(2);
    expect(await db.message.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: 'sent', providerError: null });
  });

  it('the real outbound worker retries a Graph 500 with backoff and ends with one provider message', async () => {
    const { conversationId, ctx } = await messengerDm(1);
    graph.failNext(1, 500, { message: 'An unexpected error has occurred. Please retry your request later.', type: 'OAuthException', code: 2, is_transient: true });
    const stop = await startOutboundWorker();
    try {
      const reply = await sendReply(ctx, { conversationId, text: 'Checking with the warehouse now.' });
      await drainOutbox();
      const row = await waitFor(async () => {
        const m = await db.message.findUniqueOrThrow({ where: { id: reply.id } });
        return m.status === 'sent' ? m : null;
      }, 25_000, 'the reply to be sent');
      expect(sendsTo('/messages')).toHaveLength(2);
      expect(row.providerMessageId).toMatch(/^m_FAKE\d+$/);
      expect(await db.message.count({ where: { conversationId, direction: 'out' } })).toBe(1);
    } finally {
      await stop();
    }
  });
});

describe('comment replies', () => {
  it('Facebook: a reply in a comment conversation is POST /{comment-id}/comments on the latest comment', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'messenger', { pageId: PAGE });
    const comment = (id: string, text: string, t: number) => ({
      object: 'page',
      entry: [{ id: PAGE, time: t, changes: [{ field: 'feed', value: { from: { id: '7012345678901234', name: 'Dana Whitfield' }, item: 'comment', verb: 'add', post_id: `${PAGE}_555`, comment_id: id, parent_id: `${PAGE}_555`, message: text, created_time: t } }] }],
    });
    const now = Math.floor(Date.now() / 1000);
    await postSigned(messengerPOST, 'messenger', ch, comment('555_1', 'Do you ship to Norway?', now - 120));
    const second = await postSigned(messengerPOST, 'messenger', ch, comment('555_2', 'And to Iceland?', now - 60));
    const conversationId = (await db.message.findUniqueOrThrow({ where: { id: second.body.messageIds[0] } })).conversationId;
    const reply = await sendReply(userContext(ws), { conversationId, text: 'Yes to both, Dana!' });
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('sent');
    expect(graph.requests.map((r) => [r.method, r.path, r.headers.authorization, r.body])).toEqual([['POST', '/555_2/comments', `Bearer ${ch.secrets.pageAccessToken}`, { message: 'Yes to both, Dana!' }]]);
    expect((await db.message.findUniqueOrThrow({ where: { id: reply.id } })).providerMessageId).toMatch(/^555_2_reply\d+$/);
  });

  it('Instagram: a DM goes to POST /{page-id}/messages with the IGSID; a comment reply to POST /{ig-comment-id}/replies', async () => {
    const ws = await createTestWorkspace();
    const ch = await createMetaChannel(ws.workspace.id, 'instagram', { instagramAccountId: IG, pageId: PAGE });
    const t = Date.now() - HOUR;
    const dm = await postSigned(instagramPOST, 'instagram', ch, { object: 'instagram', entry: [{ id: IG, time: t, messaging: [{ sender: { id: '6543210987654321' }, recipient: { id: IG }, timestamp: t, message: { mid: 'aWdf_in_1', text: 'Is the green jacket back?' } }] }] });
    const dmConversation = (await db.message.findUniqueOrThrow({ where: { id: dm.body.messageIds[0] } })).conversationId;
    const dmReply = await sendReply(userContext(ws), { conversationId: dmConversation, text: 'Yes, since Monday!' });
    expect(await deliverOutboundMessage(ws.workspace.id, dmReply.id)).toBe('sent');

    const comment = await postSigned(instagramPOST, 'instagram', ch, { object: 'instagram', entry: [{ id: IG, time: Math.floor(t / 1000), changes: [{ field: 'comments', value: { id: '17858893269000001', from: { id: '999000111', username: 'kim.runs' }, text: 'Price?', media: { id: '17900000000000001', media_product_type: 'FEED' } } }] }] });
    const commentConversation = (await db.message.findUniqueOrThrow({ where: { id: comment.body.messageIds[0] } })).conversationId;
    const commentReply = await sendReply(userContext(ws), { conversationId: commentConversation, text: '€129, free shipping.' });
    expect(await deliverOutboundMessage(ws.workspace.id, commentReply.id)).toBe('sent');

    expect(graph.requests.map((r) => [r.path, r.headers.authorization, r.body])).toEqual([
      [`/${PAGE}/messages`, `Bearer ${ch.secrets.pageAccessToken}`, { recipient: { id: '6543210987654321' }, messaging_type: 'RESPONSE', message: { text: 'Yes, since Monday!' } }],
      ['/17858893269000001/replies', `Bearer ${ch.secrets.pageAccessToken}`, { message: '€129, free shipping.' }],
    ]);
    // Instagram's read receipt names the last message seen.
    const dmSent = await db.message.findUniqueOrThrow({ where: { id: dmReply.id } });
    const seen = await postSigned(instagramPOST, 'instagram', ch, { object: 'instagram', entry: [{ id: IG, time: Date.now(), messaging: [{ sender: { id: '6543210987654321' }, recipient: { id: IG }, timestamp: Date.now(), read: { mid: dmSent.providerMessageId } }] }] });
    expect(seen.body.statuses).toBe(1);
    expect((await db.message.findUniqueOrThrow({ where: { id: dmReply.id } })).status).toBe('read');
    expect((await db.message.findUniqueOrThrow({ where: { id: commentReply.id } })).status).toBe('sent');
  });

  it('a channel without a Page token fails the message with a clear reason and calls nothing', async () => {
    const { ws, ch, conversationId, ctx } = await messengerDm(1);
    await db.channel.update({ where: { id: ch.channel.id }, data: { credentials: encryptJson({ appSecret: ch.secrets.appSecret }) } });
    const reply = await sendReply(ctx, { conversationId, text: 'Hello' });
    await expect(deliverOutboundMessage(ws.workspace.id, reply.id)).rejects.toThrow(/no Page access token/);
    expect((await db.message.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe('failed');
    expect(graph.requests).toHaveLength(0);
  });
});
