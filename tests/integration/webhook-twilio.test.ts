import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { POST as twilioRoute } from '@/app/api/webhooks/twilio/[channelId]/route';
import { POST as smsRoute } from '@/app/api/webhooks/sms/[channelId]/route';
import { twilioSignature } from '@/lib/channels/twilio/verify-signature';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { fixturesDir } from '../../scripts/lib/shared-dir';

// Twilio signs the public URL; publicUrl() takes its origin from APP_URL.
process.env.APP_URL = 'https://example.com';

afterAll(disconnectDb);

const fixtures = fixturesDir();
const vectors = JSON.parse(fs.readFileSync(path.join(fixtures, 'signature_vectors.json'), 'utf8'));
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const SERVICE = 'MG0123456789abcdef0123456789abcdef';

type ChannelOpts = { id?: string; provider?: 'sms' | 'whatsapp'; transport?: string; phoneNumber?: string; accountSid?: string; authToken?: string; enabled?: boolean };

async function twilioChannel(o: ChannelOpts = {}) {
  const ws = await createTestWorkspace();
  const phoneNumber = o.phoneNumber ?? '+15005550006';
  const authToken = o.authToken ?? `token-${crypto.randomBytes(6).toString('hex')}`;
  const channel = await db.channel.create({
    data: {
      id: o.id,
      workspaceId: ws.workspace.id,
      provider: o.provider ?? 'sms',
      name: 'Twilio',
      externalId: phoneNumber,
      enabled: o.enabled ?? true,
      settings: { phoneNumber, accountSid: o.accountSid ?? 'ACxxx', messagingServiceSid: SERVICE, ...(o.transport ? { transport: o.transport } : {}) },
      credentials: encryptJson({ authToken }),
    },
  });
  return { ws, channel, authToken };
}

// Chatwoot's params, with its placeholders filled in for our channel.
function chatwootParams(name: string, fill: Record<string, string> = {}): Record<string, string> {
  const text = fs.readFileSync(path.join(fixtures, `chatwoot/twilio/${name}.json`), 'utf8');
  const values: Record<string, string> = { 'channel.phone_number': '+15005550006', 'channel.messaging_service_sid': SERVICE, ...fill };
  return JSON.parse(text.replace(/\{\{([a-z_.]+)\}\}/g, (_, k: string) => values[k] ?? `{{${k}}}`));
}

function post(route: 'twilio' | 'sms', channelId: string, body: string, headers: Record<string, string> = {}) {
  const handler = route === 'twilio' ? twilioRoute : smsRoute;
  // The request reaches us on an internal URL; APP_URL says how Twilio called it.
  return handler(
    new Request(`http://10.0.0.7:3000/api/webhooks/${route}/${channelId}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }),
    { params: Promise.resolve({ channelId }) },
  );
}

function signedPost(route: 'twilio' | 'sms', channelId: string, params: Record<string, string>, authToken: string, url = `https://example.com/api/webhooks/${route}/${channelId}`) {
  const body = new URLSearchParams(params).toString();
  return post(route, channelId, body, { 'x-twilio-signature': twilioSignature(authToken, url, [...new URLSearchParams(body)]) });
}

async function expectTwiml(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
  expect(await res.text()).toBe(TWIML);
}

const messagesOf = (channelId: string) =>
  db.message.findMany({ where: { channelId }, orderBy: { createdAt: 'asc' }, include: { contact: { include: { identities: true } }, conversation: true } });

describe('Twilio webhook', () => {
  it('stores the inbound MMS fixture signed for its public URL, answers TwiML, and stores a repeat once', async () => {
    const v = vectors.twilio_inbound_fixture;
    const raw = fs.readFileSync(path.join(fixtures, 'twilio/inbound_sms_form.txt'), 'utf8');
    const { channel } = await twilioChannel({ id: 'sms', authToken: v.authToken, accountSid: 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' });
    await expectTwiml(await post('twilio', 'sms', raw, { 'x-twilio-signature': v.expected }));
    await expectTwiml(await post('twilio', 'sms', raw, { 'x-twilio-signature': v.expected }));
    const [m, ...rest] = await messagesOf(channel.id);
    expect(rest).toHaveLength(0);
    expect(m).toMatchObject({ direction: 'in', providerMessageId: 'SM60566ee207e123ee2765abcc55c9b9c9', text: 'hi there, my order is late', status: 'received' });
    expect(m.attachments).toEqual([
      {
        type: 'image',
        mime: 'image/jpeg',
        name: 'ME00000000000000000000000000000000',
        url: 'https://api.twilio.com/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/MM00000000000000000000000000000000/Media/ME00000000000000000000000000000000',
      },
    ]);
    expect(m.meta).toMatchObject({ transport: 'twilio', to: '+15005550006' });
    expect(m.contact?.identities[0]).toMatchObject({ provider: 'sms', externalId: '+14158675309', phone: '+14158675309' });
    // Signed for another URL (APP_URL not what Twilio called): refused.
    const { channel: other, authToken } = await twilioChannel();
    const res = await signedPost('twilio', other.id, Object.fromEntries(new URLSearchParams(raw)), authToken, `https://inbox.example.org/api/webhooks/twilio/${other.id}`);
    expect(res.status).toBe(403);
    expect(await db.message.count({ where: { channelId: other.id } })).toBe(0);
  });

  it("stores Chatwoot's SMS and MMS payloads on the sms route", async () => {
    const cases: [string, (m: Awaited<ReturnType<typeof messagesOf>>[number]) => void][] = [
      ['sms_inbound_messaging_service', (m) => expect(m).toMatchObject({ providerMessageId: 'SMxx', text: 'testing3' })],
      ['sms_inbound_to_number', (m) => expect(m.meta).toMatchObject({ to: '+15005550006' })],
      ['sms_inbound_attachment', (m) => expect(m.attachments).toEqual([{ type: 'image', mime: 'image/jpeg', url: 'https://chatwoot-assets.local/sample.png', name: 'sample.png' }])],
      [
        'sms_inbound_multiple_attachments',
        (m) =>
          expect(m.attachments).toEqual([
            { type: 'image', mime: 'image/png', url: 'https://chatwoot-assets.local/sample.png', name: 'sample.png' },
            { type: 'image', mime: 'image/jpeg', url: 'https://chatwoot-assets.local/sample.jpg', name: 'sample.jpg' },
          ]),
      ],
      ['sms_inbound_null_bytes', (m) => expect(m.text).toBe('remove null bytes')],
      [
        'sms_inbound_profile_name',
        (m) => {
          expect(m.contact?.name).toBe('John Doe');
          expect(m.contact?.identities[0]).toMatchObject({ provider: 'sms', externalId: '+1234567890', phone: '+1234567890' });
        },
      ],
    ];
    for (const [name, check] of cases) {
      const { channel, authToken } = await twilioChannel();
      await expectTwiml(await signedPost('sms', channel.id, chatwootParams(name), authToken));
      const messages = await messagesOf(channel.id);
      expect(messages, name).toHaveLength(1);
      check(messages[0]);
    }
  });

  it('stores WhatsApp-through-Twilio messages on a WhatsApp channel with the Twilio transport', async () => {
    const { channel, authToken } = await twilioChannel({ provider: 'whatsapp', transport: 'twilio' });
    await expectTwiml(await signedPost('twilio', channel.id, chatwootParams('whatsapp_inbound_profile_name'), authToken));
    const [m] = await messagesOf(channel.id);
    expect(m.text).toBe('Test message from Brazil');
    expect(m.contact?.name).toBe('João Silva');
    expect(m.contact?.identities[0]).toMatchObject({ provider: 'whatsapp', externalId: '5541988887777', phone: '+5541988887777' });

    const loc = await twilioChannel({ provider: 'whatsapp', transport: 'twilio' });
    await expectTwiml(await signedPost('twilio', loc.channel.id, chatwootParams('whatsapp_inbound_location'), loc.authToken));
    const [l] = await messagesOf(loc.channel.id);
    expect(l.text).toBe('Location: (12.160894393921, 75.265205383301)');
    expect(l.attachments).toEqual([{ type: 'location', name: '12.160894393921, 75.265205383301', url: 'https://www.google.com/maps?q=12.160894393921,75.265205383301' }]);

    // A WhatsApp channel on the Cloud API is not reachable through the Twilio URL, nor is any channel through the SMS URL but SMS.
    const cloud = await twilioChannel({ provider: 'whatsapp' });
    expect((await signedPost('twilio', cloud.channel.id, chatwootParams('whatsapp_inbound_profile_name'), cloud.authToken)).status).toBe(404);
    expect((await signedPost('sms', channel.id, chatwootParams('whatsapp_inbound_profile_name', {}), authToken, `https://example.com/api/webhooks/sms/${channel.id}`)).status).toBe(404);
    expect(await db.message.count({ where: { channelId: cloud.channel.id } })).toBe(0);
  });

  it('applies status callbacks forward only, with the provider error, and ignores queued', async () => {
    const { ws, channel, authToken } = await twilioChannel();
    const contact = await db.contact.create({ data: { workspaceId: ws.workspace.id, name: 'C' } });
    const conversation = await db.conversation.create({ data: { workspaceId: ws.workspace.id, channelId: channel.id, contactId: contact.id } });
    const out = (sid: string) =>
      db.message.create({ data: { workspaceId: ws.workspace.id, conversationId: conversation.id, channelId: channel.id, direction: 'out', providerMessageId: sid, status: 'sent', text: 'hi' } });
    const a = await out('SMout1');
    const b = await out('SMout2');
    const c = await out('SMout3');
    const send = (name: string, sid: string, extra: Record<string, string> = {}) =>
      signedPost('twilio', channel.id, { ...chatwootParams(name, { 'outgoing_message.source_id': sid }), ...extra }, authToken);
    const statusOf = async (id: string) => db.message.findUniqueOrThrow({ where: { id } });

    await expectTwiml(await send('status_delivered', 'SMout1'));
    expect(await statusOf(a.id)).toMatchObject({ status: 'delivered', deliveredAt: expect.any(Date) });
    await expectTwiml(await send('status_read', 'SMout1'));
    expect(await statusOf(a.id)).toMatchObject({ status: 'read', readAt: expect.any(Date) });
    await expectTwiml(await send('status_queued_ignored', 'SMout1'));
    await expectTwiml(await send('status_delivered', 'SMout1', { MessageStatus: 'sent' }));
    await expectTwiml(await send('status_delivered', 'SMout1'));
    expect((await statusOf(a.id)).status).toBe('read');

    await expectTwiml(await send('status_failed_error', 'SMout2'));
    expect(await statusOf(b.id)).toMatchObject({ status: 'failed', providerError: 'Failed (Twilio error 30008): Unknown error' });
    await expectTwiml(await send('status_undelivered_error', 'SMout3'));
    expect(await statusOf(c.id)).toMatchObject({ status: 'failed', providerError: 'Undelivered (Twilio error 30002): Account suspended' });
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(3);
  });

  it('ignores messages addressed to another number, service or account (TwiML, nothing stored)', async () => {
    const { channel, authToken } = await twilioChannel();
    const base = chatwootParams('sms_inbound_to_number');
    const variants = [
      { ...base, To: '+15550000000' },
      { ...chatwootParams('sms_inbound_messaging_service'), MessagingServiceSid: 'MGother' },
      { ...base, AccountSid: 'ACother' },
    ];
    const errors: (string | null)[] = [];
    for (const params of variants) {
      await expectTwiml(await signedPost('twilio', channel.id, params, authToken));
      errors.push((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastError);
    }
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(0);
    // Each shows on the channel's health, so the admin can fix the number's webhook URL.
    expect(errors[0]).toMatch(/^Ignored a Twilio message SMxx: sent to \+15550000000, not this channel's number/);
    expect(errors[1]).toMatch(/messaging service MGother, not this channel's/);
    expect(errors[2]).toMatch(/AccountSid ACother is not this channel's account/);
  });

  it('refuses bad input with a JSON 4xx and writes nothing', async () => {
    const { channel, authToken } = await twilioChannel();
    const disabled = await twilioChannel({ enabled: false });
    const good = chatwootParams('sms_inbound_to_number');
    const body = new URLSearchParams(good).toString();
    const { SmsSid: _sid, ...noSid } = good;
    const { From: _from, ...noFrom } = good;
    const cases: [Response, number][] = [
      [await post('twilio', channel.id, body), 401],
      [await post('twilio', channel.id, body, { 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' }), 403],
      [await signedPost('twilio', channel.id, good, 'wrong token'), 403],
      [await signedPost('twilio', channel.id, noSid, authToken), 400],
      [await signedPost('twilio', channel.id, noFrom, authToken), 400],
      [await signedPost('twilio', channel.id, { ...good, NumMedia: 'many' }, authToken), 400],
      [await signedPost('twilio', channel.id, { ...good, Latitude: 'north', Longitude: '1' }, authToken), 400],
      [await signedPost('twilio', channel.id, { ...good, NumMedia: '1', MediaUrl0: 'javascript:alert(1)' }, authToken), 400],
      [await post('twilio', channel.id, JSON.stringify(good), { 'content-type': 'application/json', 'x-twilio-signature': twilioSignature(authToken, `https://example.com/api/webhooks/twilio/${channel.id}`, [...new URLSearchParams(JSON.stringify(good))]) }), 400],
      [await signedPost('twilio', channel.id, { ...good, Body: 'x'.repeat(1024 * 1024) }, authToken), 413],
      [await signedPost('twilio', disabled.channel.id, good, disabled.authToken), 404],
      [await signedPost('twilio', 'no-such-channel', good, authToken), 404],
    ];
    for (const [res, status] of cases) {
      expect(res.status).toBe(status);
      expect((await res.json()).error.message).toEqual(expect.any(String));
    }
    expect(await db.message.count({ where: { channelId: { in: [channel.id, disabled.channel.id] } } })).toBe(0);
    expect(await db.contact.count({ where: { workspaceId: { in: [channel.workspaceId, disabled.channel.workspaceId] } } })).toBe(0);
  });

  it('keeps one message when the same delivery arrives 10 times at once', async () => {
    const { channel, authToken } = await twilioChannel();
    const params = chatwootParams('sms_inbound_to_number');
    const answers = await Promise.all(Array.from({ length: 10 }, () => signedPost('twilio', channel.id, params, authToken)));
    for (const a of answers) await expectTwiml(a);
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(1);
    expect(await db.conversation.count({ where: { channelId: channel.id } })).toBe(1);
  });
});
