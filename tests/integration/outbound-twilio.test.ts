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
import { POST } from '@/app/api/webhooks/twilio/[channelId]/route';
import { twilioSignature } from '@/lib/channels/twilio/verify-signature';
import { startFakeTwilioApi, type FakeTwilioApi } from '../helpers/fake-twilio-api';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { fixturesDir } from '../../scripts/lib/shared-dir';

const fixtures = fixturesDir();
const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'fake-twilio-auth-token';
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

let fake: FakeTwilioApi;
let stopWorker: () => Promise<void>;
const previous = { twilio: process.env.TWILIO_API_URL, app: process.env.APP_URL };

beforeAll(async () => {
  fake = await startFakeTwilioApi({ accountSid: ACCOUNT, authToken: TOKEN });
  process.env.TWILIO_API_URL = fake.url;
  process.env.APP_URL = 'https://inbox.example.com';
  stopWorker = await startOutboundWorker();
});

afterAll(async () => {
  await stopWorker();
  await fake.close();
  process.env.TWILIO_API_URL = previous.twilio;
  process.env.APP_URL = previous.app;
  await closeQueues();
  await disconnectDb();
});

// The inbound fixture's fields, addressed to our channel's number.
const smsFixture = () => Object.fromEntries(new URLSearchParams(fs.readFileSync(path.join(fixtures, 'twilio/inbound_sms_form.txt'), 'utf8')));
const whatsappFixture = () => JSON.parse(fs.readFileSync(path.join(fixtures, 'chatwoot/twilio/whatsapp_inbound_profile_name.json'), 'utf8'));

async function setup(provider: 'sms' | 'whatsapp', inbound: Record<string, string>) {
  const ws = await createTestWorkspace();
  const channel = await db.channel.create({
    data: {
      workspaceId: ws.workspace.id,
      provider,
      name: 'Twilio',
      externalId: '+15005550006',
      settings: { phoneNumber: '+15005550006', accountSid: ACCOUNT, ...(provider === 'whatsapp' ? { transport: 'twilio' } : {}) },
      credentials: encryptJson({ authToken: TOKEN }),
    },
  });
  const { AccountSid: _a, MessagingServiceSid: _m, ...params } = inbound;
  const res = await twilioPost(`https://inbox.example.com/api/webhooks/twilio/${channel.id}`, { ...params, AccountSid: ACCOUNT, To: provider === 'whatsapp' ? 'whatsapp:+15005550006' : '+15005550006' });
  expect(await res.text()).toBe(TWIML);
  const message = await db.message.findFirstOrThrow({ where: { channelId: channel.id } });
  const m = ws.agent.membership;
  const ctx = { workspaceId: ws.workspace.id, role: 'agent' as const, actor: { type: 'user' as const, userId: m.userId, membershipId: m.id, name: 'Agent', email: ws.agent.email }, db: scopedDb(ws.workspace.id) };
  return { channel, conversationId: message.conversationId, ctx };
}

// Posts as Twilio does: form-encoded, signed over the public URL.
function twilioPost(publicUrl: string, params: Record<string, string>) {
  const url = new URL(publicUrl);
  const channelId = url.pathname.split('/').pop()!;
  const body = new URLSearchParams(params).toString();
  return POST(
    new Request(`http://127.0.0.1:3000${url.pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TOKEN, publicUrl, [...new URLSearchParams(body)]) },
      body,
    }),
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

const callsWithBody = (text: string) => fake.requests.filter((r) => r.form.get('Body') === text);

describe('outbound through Twilio', () => {
  it('inbound SMS → reply → Twilio Messages API → delivered callback; a late "sent" changes nothing', async () => {
    const { channel, conversationId, ctx } = await setup('sms', smsFixture());
    const reply = await sendReply(ctx, { conversationId, text: 'Your order ships today.' });
    await drainOutbox();
    const sent = await waitForStatus(reply.id, ['sent', 'failed']);
    expect(sent.status).toBe('sent');

    const [call, ...more] = callsWithBody('Your order ships today.');
    expect(more).toHaveLength(0);
    expect(call.method).toBe('POST');
    expect(call.path).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Messages.json`);
    expect(call.headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`);
    expect(call.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(call.form)).toEqual({
      To: '+14158675309',
      From: '+15005550006',
      Body: 'Your order ships today.',
      StatusCallback: `https://inbox.example.com/api/webhooks/twilio/${channel.id}`,
    });
    expect(sent.providerMessageId).toBe(call.sid);
    expect(sent.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);

    const callback = (status: string) => {
      const cb = fake.statusCallback(call.sid!, status);
      return twilioPost(cb.url, cb.params);
    };
    expect(await (await callback('delivered')).text()).toBe(TWIML);
    const delivered = await db.message.findUniqueOrThrow({ where: { id: reply.id } });
    expect(delivered).toMatchObject({ status: 'delivered', deliveredAt: expect.any(Date) });
    await callback('sent');
    await callback('queued');
    expect((await db.message.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe('delivered');
  });

  it('replies over WhatsApp through Twilio with whatsapp: addresses', async () => {
    const { channel, conversationId, ctx } = await setup('whatsapp', whatsappFixture());
    const reply = await sendReply(ctx, { conversationId, text: 'Olá João!' });
    await drainOutbox();
    expect((await waitForStatus(reply.id, ['sent', 'failed'])).status).toBe('sent');
    const [call] = callsWithBody('Olá João!');
    expect(Object.fromEntries(call.form)).toEqual({
      To: 'whatsapp:+5541988887777',
      From: 'whatsapp:+15005550006',
      Body: 'Olá João!',
      StatusCallback: `https://inbox.example.com/api/webhooks/twilio/${channel.id}`,
    });
    const cb = fake.statusCallback(call.sid!, 'read');
    await twilioPost(cb.url, cb.params);
    expect(await db.message.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: 'read', readAt: expect.any(Date), deliveredAt: expect.any(Date) });
  });

  it('retries after a 500 and a 429 and sends exactly one message', async () => {
    const { conversationId, ctx } = await setup('sms', smsFixture());
    fake.failNext(1, 500);
    fake.failNext(1, 429);
    const reply = await sendReply(ctx, { conversationId, text: 'Third time lucky' });
    await drainOutbox();
    const sent = await waitForStatus(reply.id, ['sent', 'failed'], 25_000);
    expect(sent.status).toBe('sent');
    expect(sent.providerError).toBeNull();
    const calls = callsWithBody('Third time lucky');
    expect(calls.map((c) => c.answered)).toEqual([500, 429, 201]);
    expect(sent.providerMessageId).toBe(calls[2].sid);
  });

  it("shows Twilio's permanent errors on the message without retrying", async () => {
    const { conversationId, ctx, channel } = await setup('sms', smsFixture());
    fake.failNext(1, 400);
    const invalid = await sendReply(ctx, { conversationId, text: 'To an invalid number' });
    await drainOutbox();
    const failed = await waitForStatus(invalid.id, ['failed', 'sent']);
    expect(failed.status).toBe('failed');
    expect(failed.providerError).toBe("Twilio answered 400: The 'To' number is not a valid phone number. (Twilio error 21211)");
    expect(callsWithBody('To an invalid number')).toHaveLength(1);

    fake.failNext(1, 400, { code: 21610, message: 'Attempt to send to unsubscribed recipient', more_info: 'https://www.twilio.com/docs/errors/21610', status: 400 });
    const unsubscribed = await sendReply(ctx, { conversationId, text: 'After STOP' });
    await drainOutbox();
    expect(await waitForStatus(unsubscribed.id, ['failed', 'sent'])).toMatchObject({ status: 'failed', providerError: 'Twilio answered 400: Attempt to send to unsubscribed recipient (Twilio error 21610)' });

    // A wrong auth token: Twilio's 401 is permanent too, and the channel shows it.
    await db.channel.update({ where: { id: channel.id }, data: { credentials: encryptJson({ authToken: 'not-the-token' }) } });
    const unauthorised = await sendReply(ctx, { conversationId, text: 'With a wrong token' });
    await drainOutbox();
    expect(await waitForStatus(unauthorised.id, ['failed', 'sent'])).toMatchObject({ status: 'failed', providerError: 'Twilio answered 401: Authenticate (Twilio error 20003)' });
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastError).toBe('Twilio answered 401: Authenticate (Twilio error 20003)');
  });
});
