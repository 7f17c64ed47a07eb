// An agent answers a customer on another of their channels: from a WhatsApp
// conversation whose 24-hour window has closed, the reply goes out by SMS.
// The reply joins (or first opens) the contact's SMS conversation, the
// outbound worker sends it through that channel to the contact's SMS
// identity (a real HTTP call to a local Twilio stand-in), and what cannot be
// sent is refused before anything is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { scopedDb } from '@/lib/tenancy';
import { closeQueues } from '@/lib/queue/get-queue';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { sendReplyOnChannel } from '@/lib/conversations/send-reply-on-channel';
import { getComposerContext } from '@/lib/conversations/get-composer-context';
import { startOutboundWorker } from '@/workers/outbound';
import { startFakeTwilioApi, type FakeTwilioApi } from '../helpers/fake-twilio-api';
import { createTestWorkspace } from '../helpers/create-test-workspace';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'fake-twilio-auth-token';
const PHONE = '+14158675309';

let fake: FakeTwilioApi;
let stopWorker: () => Promise<void>;
const previous = process.env.TWILIO_API_URL;

beforeAll(async () => {
  fake = await startFakeTwilioApi({ accountSid: ACCOUNT, authToken: TOKEN });
  process.env.TWILIO_API_URL = fake.url;
  stopWorker = await startOutboundWorker();
});

afterAll(async () => {
  await stopWorker();
  await fake.close();
  process.env.TWILIO_API_URL = previous;
  await closeQueues();
  await disconnectDb();
});

async function setup() {
  const ws = await createTestWorkspace();
  const workspaceId = ws.workspace.id;
  const twilio = (provider: 'sms' | 'whatsapp', number: string, name: string) =>
    db.channel.create({ data: { workspaceId, provider, name, externalId: number, settings: { phoneNumber: number, accountSid: ACCOUNT, ...(provider === 'whatsapp' ? { transport: 'twilio' } : {}) }, credentials: encryptJson({ authToken: TOKEN }) } });
  const whatsapp = await twilio('whatsapp', '+15005550006', 'Support WhatsApp');
  const sms = await twilio('sms', '+15005550007', 'Support SMS');
  const contact = await db.contact.create({ data: { workspaceId, name: 'Priya Raman' } });
  await db.contactIdentity.createMany({
    data: [
      { workspaceId, contactId: contact.id, provider: 'whatsapp', externalId: PHONE.slice(1), phone: PHONE, channelId: whatsapp.id },
      { workspaceId, contactId: contact.id, provider: 'sms', externalId: PHONE, phone: PHONE, channelId: sms.id },
    ],
  });
  const lastInboundAt = new Date(Date.now() - 30 * 3_600_000);
  const conversation = await db.conversation.create({
    data: { workspaceId, channelId: whatsapp.id, contactId: contact.id, teamId: ws.team.id, assigneeId: ws.agent.membership.id, severity: 2, lastInboundAt, messageCount: 1 },
  });
  await db.message.create({ data: { workspaceId, conversationId: conversation.id, channelId: whatsapp.id, direction: 'in', contactId: contact.id, text: 'Where is my parcel?', providerMessageId: `wa-${ws.suffix}`, sentAt: lastInboundAt } });
  const m = ws.agent.membership;
  const ctx = { workspaceId, role: 'agent' as const, actor: { type: 'user' as const, userId: m.userId, membershipId: m.id, name: 'Agent Smith', email: ws.agent.email }, db: scopedDb(workspaceId) };
  return { ws, ctx, whatsapp, sms, contact, conversation };
}

async function waitForStatus(messageId: string, statuses: string[], ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = await db.message.findUniqueOrThrow({ where: { id: messageId } });
    if (statuses.includes(m.status) || Date.now() > deadline) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('replying on another of the customer’s channels', () => {
  it('offers the contact’s other channels, with what the composer needs to show their limits', async () => {
    const { ctx, conversation, whatsapp, sms } = await setup();
    const composer = await getComposerContext(ctx, conversation.id);
    expect(composer?.channels).toEqual([
      expect.objectContaining({ channelId: whatsapp.id, provider: 'whatsapp', current: true, conversationId: conversation.id, lastInboundAt: expect.any(Date) }),
      expect.objectContaining({ channelId: sms.id, provider: 'sms', current: false, conversationId: null, address: PHONE, lastInboundAt: null }),
    ]);
    expect(composer?.vars).toMatchObject({ contact: { name: 'Priya Raman' }, agent: { name: 'Agent Smith' } });
    // Another workspace's conversation is not found here.
    const other = await createTestWorkspace();
    expect(await getComposerContext({ ...ctx, workspaceId: other.workspace.id, db: scopedDb(other.workspace.id) }, conversation.id)).toBeNull();
  });

  it('opens the SMS conversation, and the outbound worker sends the reply to the contact’s number from the SMS channel', async () => {
    const { ws, ctx, conversation, sms, contact } = await setup();
    const first = await sendReplyOnChannel(ctx, { conversationId: conversation.id, channelId: sms.id, text: 'Hi Priya, your parcel arrives tomorrow.' });
    expect(first.created).toBe(true);
    expect(first.conversationId).not.toBe(conversation.id);
    const opened = await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId }, include: { events: true } });
    expect(opened).toMatchObject({ workspaceId: ws.workspace.id, channelId: sms.id, contactId: contact.id, teamId: ws.team.id, assigneeId: ws.agent.membership.id, severity: 2, messageCount: 1, status: 'open' });
    expect(opened.events.map((e) => e.kind)).toEqual(['opened_from']);
    expect(first.message).toMatchObject({ conversationId: first.conversationId, channelId: sms.id, direction: 'out', status: 'queued' });

    await drainOutbox();
    const sent = await waitForStatus(first.message.id, ['sent', 'failed']);
    expect(sent.status).toBe('sent');
    const calls = fake.requests.filter((r) => r.form.get('Body') === 'Hi Priya, your parcel arrives tomorrow.');
    expect(calls).toHaveLength(1);
    expect(calls[0].form.get('To')).toBe(PHONE);
    expect(calls[0].form.get('From')).toBe('+15005550007');

    // The next reply joins that conversation rather than opening another; the WhatsApp one is untouched.
    const second = await sendReplyOnChannel(ctx, { conversationId: conversation.id, channelId: sms.id, text: 'And here is the tracking link.' });
    expect(second).toMatchObject({ conversationId: first.conversationId, created: false });
    // Sent too (and nothing left in the outbox for the next test file's workers).
    await drainOutbox();
    expect((await waitForStatus(second.message.id, ['sent', 'failed'])).status).toBe('sent');
    expect(await db.conversation.count({ where: { contactId: contact.id, channelId: sms.id } })).toBe(1);
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(1);
  });

  it('refuses before writing anything: no window on a new WhatsApp conversation, no identity, another workspace’s channel', async () => {
    const { ws, ctx, contact, sms, whatsapp, conversation } = await setup();
    // An SMS conversation of the contact, with no WhatsApp conversation but the old one: delete it to have none.
    const smsConv = await db.conversation.create({ data: { workspaceId: ws.workspace.id, channelId: sms.id, contactId: contact.id } });
    await db.conversation.delete({ where: { id: conversation.id } });
    await expect(sendReplyOnChannel(ctx, { conversationId: smsConv.id, channelId: whatsapp.id, text: 'Hello on WhatsApp' })).rejects.toMatchObject({ status: 422, code: 'provider_rule' });
    expect(await db.conversation.count({ where: { contactId: contact.id, channelId: whatsapp.id } })).toBe(0);

    // A channel the contact has no identity on.
    await expect(sendReplyOnChannel(ctx, { conversationId: smsConv.id, channelId: ws.channel.id, text: 'Hello' })).rejects.toMatchObject({ status: 422, code: 'no_identity' });
    // Another workspace's channel is not found.
    const other = await createTestWorkspace({ provider: 'sms' });
    await expect(sendReplyOnChannel(ctx, { conversationId: smsConv.id, channelId: other.channel.id, text: 'Hello' })).rejects.toMatchObject({ status: 404 });
    expect(await db.message.count({ where: { conversationId: smsConv.id } })).toBe(0);
    expect(await db.conversation.count({ where: { contactId: contact.id } })).toBe(1);
  });

  it('keeps a note in the conversation on screen whatever channel is picked', async () => {
    const { ctx, conversation, sms } = await setup();
    const note = await sendReplyOnChannel(ctx, { conversationId: conversation.id, channelId: sms.id, kind: 'note', text: 'Customer prefers SMS.' });
    expect(note).toMatchObject({ conversationId: conversation.id, created: false, message: { direction: 'note', channelId: conversation.channelId } });
  });
});
