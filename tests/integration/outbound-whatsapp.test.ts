// WhatsApp Cloud API replies against a local Graph API, end to end: an
// inbound fixture through the route, the agent's reply through sendReply, the
// outbox relay and the real outbound worker, the exact request Meta expects,
// then the status webhooks (sent, delivered, read, a late sent) ending "read".
// Also: the 24-hour rule (422; a template passes), Graph errors, retries.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { POST } from '@/app/api/webhooks/whatsapp/[channelId]/route';
import { sendReply } from '@/lib/conversations/send-reply';
import { deliverOutboundMessage } from '@/lib/outbound/deliver-outbound-message';
import { RetryableSendError } from '@/lib/outbound/send-errors';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { closeQueues } from '@/lib/queue/get-queue';
import { startOutboundWorker } from '@/workers/outbound';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { startFakeGraphApi, type FakeGraphApi } from '../helpers/fake-graph-api';
import { createMetaChannel, fixtureJson, postSigned, userContext, waitFor } from '../helpers/meta-webhook';

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

const PNID = '1122334455667';
const textFixture = () => fixtureJson('whatsapp/pywa_message.json').text;
const statusFixtures = fixtureJson('whatsapp/pywa_message_status.json');

// The pywa text message, optionally re-dated (its own timestamp is from 2023).
async function inbound(sentAt?: Date) {
  const ws = await createTestWorkspace();
  const ch = await createMetaChannel(ws.workspace.id, 'whatsapp', { phoneNumberId: PNID, displayPhoneNumber: '+972 12-345-6789', wabaId: '1234567890987654321' });
  const body = textFixture();
  if (sentAt) body.entry[0].changes[0].value.messages[0].timestamp = String(Math.floor(sentAt.getTime() / 1000));
  const res = await postSigned(POST, 'whatsapp', ch, body);
  expect(res.body.received).toBe(1);
  const conversationId = (await db.message.findUniqueOrThrow({ where: { id: res.body.messageIds[0] } })).conversationId;
  return { ws, ch, conversationId, ctx: userContext(ws) };
}

const sends = () => graph.requests.filter((r) => r.method === 'POST' && r.path === `/${PNID}/messages`);

describe('WhatsApp outbound, end to end', () => {
  it('route → sendReply → outbox → worker → Graph request as Meta expects → status webhooks end at read', async () => {
    const { ws, ch, conversationId, ctx } = await inbound(new Date(Date.now() - 3600_000));
    const stop = await startOutboundWorker();
    let wamid: string;
    try {
      const reply = await sendReply(ctx, { conversationId, text: 'Hi Test Name, your order ships today.' });
      expect(await drainOutbox()).toBeGreaterThanOrEqual(1);
      const sent = await waitFor(async () => {
        const m = await db.message.findUniqueOrThrow({ where: { id: reply.id } });
        return m.status === 'sent' ? m : null;
      }, 20_000, 'the reply to be sent');
      wamid = sent.providerMessageId!;
      expect(wamid).toMatch(/^wamid\.FAKE\d+$/);
    } finally {
      await stop();
    }
    expect(sends()).toHaveLength(1);
    const r = sends()[0];
    expect(r.headers.authorization).toBe(`Bearer ${ch.secrets.accessToken}`);
    expect(r.query).toEqual({});
    expect(r.body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '972987654321', type: 'text', text: { body: 'Hi Test Name, your order ships today.', preview_url: false } });

    // Status callbacks in the fixtures' shape, for our wamid: sent, delivered, read, then a late sent.
    const status = (name: string) => JSON.parse(JSON.stringify(statusFixtures[name]).split('wamid.xyzxyz').join(wamid));
    const applied: number[] = [];
    for (const name of ['sent', 'delivered', 'read', 'sent']) applied.push((await postSigned(POST, 'whatsapp', ch, status(name))).body.statuses);
    expect(applied).toEqual([0, 1, 1, 0]);
    const final = await db.message.findFirstOrThrow({ where: { channelId: ch.channel.id, providerMessageId: wamid } });
    expect(final.status).toBe('read');
    expect(final.deliveredAt?.toISOString()).toBe(new Date(1698266945_000).toISOString());
    expect(final.readAt?.toISOString()).toBe(new Date(1689380458_000).toISOString());
    expect(await db.message.count({ where: { conversationId, direction: 'out' } })).toBe(1);
    expect(ws.workspace.id).toBe(final.workspaceId);
  });

  it('outside the 24-hour window a free-form reply is refused with 422; an approved template is sent as type template', async () => {
    const { ws, conversationId, ctx } = await inbound(); // the fixture's own 2023 timestamp
    await expect(sendReply(ctx, { conversationId, text: 'Are you still there?' })).rejects.toMatchObject({ status: 422, code: 'provider_rule', message: expect.stringMatching(/24 hours/) });
    expect(await db.message.count({ where: { conversationId, direction: 'out' } })).toBe(0);

    const reply = await sendReply(ctx, { conversationId, text: 'Order update (template)', template: { name: 'order_update', language: 'en_US' } });
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('sent');
    expect(sends().map((r) => r.body)).toEqual([
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: '972987654321', type: 'template', template: { name: 'order_update', language: { code: 'en_US' } } },
    ]);
  });

  it('a 500 then success through the real worker: one wamid, one message', async () => {
    const { conversationId, ctx } = await inbound(new Date());
    graph.failNext(1, 503, { message: 'Service temporarily unavailable', type: 'OAuthException', code: 2, is_transient: true });
    const stop = await startOutboundWorker();
    try {
      const reply = await sendReply(ctx, { conversationId, text: 'Let me check.' });
      await drainOutbox();
      const row = await waitFor(async () => {
        const m = await db.message.findUniqueOrThrow({ where: { id: reply.id } });
        return m.status === 'sent' ? m : null;
      }, 25_000, 'the reply to be sent after a retry');
      expect(sends()).toHaveLength(2);
      expect(row.providerMessageId).toMatch(/^wamid\.FAKE\d+$/);
      expect(await db.message.count({ where: { conversationId, direction: 'out' } })).toBe(1);
    } finally {
      await stop();
    }
  });

  it('Graph’s 400 is shown on the failed message; a throughput limit (code 130429) is retried', async () => {
    const { ws, conversationId, ctx } = await inbound(new Date());
    graph.failNext(1, 400, { message: '(#131030) Recipient phone number not in allowed list', type: 'OAuthException', code: 131030, error_subcode: 2655007 });
    const bad = await sendReply(ctx, { conversationId, text: 'Hello' });
    await expect(deliverOutboundMessage(ws.workspace.id, bad.id)).rejects.toThrow(/not in allowed list/);
    expect(await db.message.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: 'failed', providerError: expect.stringContaining('(#131030) Recipient phone number not in allowed list') });

    graph.failNext(1, 400, { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429 });
    const throttled = await sendReply(ctx, { conversationId, text: 'Hello again' });
    await expect(deliverOutboundMessage(ws.workspace.id, throttled.id)).rejects.toBeInstanceOf(RetryableSendError);
    expect((await db.message.findUniqueOrThrow({ where: { id: throttled.id } })).status).toBe('queued');
    expect(await deliverOutboundMessage(ws.workspace.id, throttled.id)).toBe('sent');
  });

  it('a channel without a phone number id or token fails with a clear reason and calls nothing', async () => {
    const { ws, ch, conversationId, ctx } = await inbound(new Date());
    await db.channel.update({ where: { id: ch.channel.id }, data: { settings: { displayPhoneNumber: '+972 12-345-6789' } } });
    const reply = await sendReply(ctx, { conversationId, text: 'Hi' });
    await expect(deliverOutboundMessage(ws.workspace.id, reply.id)).rejects.toThrow(/no WhatsApp phone number id/);
    expect(graph.requests).toHaveLength(0);
  });
});
