import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

let n = 0;
const msg = (over: Partial<InboundMessage> = {}): InboundMessage => ({
  providerMessageId: `pm-${Date.now()}-${n++}`,
  sentAt: new Date(),
  contact: { externalId: 'cust-1', name: 'Ana Pop' },
  text: 'Hello, my order has not arrived',
  ...over,
});

async function channelOf(provider: 'whatsapp' | 'sms' | 'email' | 'api' = 'api') {
  const ws = await createTestWorkspace({ provider });
  return { ws, channel: ws.channel };
}

describe('ingestInboundMessage', () => {
  it('writes contact, identity, conversation, message and one outbox job in one go', async () => {
    const { channel } = await channelOf();
    const r = await ingestInboundMessage(channel, msg({ contact: { externalId: 'u-42', name: 'Lena', followers: 1200 } }));
    expect(r.created).toBe(true);
    const m = await db.message.findUniqueOrThrow({ where: { id: r.messageId }, include: { conversation: true, contact: { include: { identities: true } } } });
    expect(m.direction).toBe('in');
    expect(m.conversation.status).toBe('open');
    expect(m.conversation.waitingSince).not.toBeNull();
    expect(m.conversation.messageCount).toBe(1);
    expect(m.contact?.followerCount).toBe(1200);
    expect(m.contact?.identities.map((i) => i.externalId)).toEqual(['u-42']);
    const outbox = await db.outbox.findMany({ where: { jobId: `triage-${r.messageId}` } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0].payload).toEqual({ workspaceId: channel.workspaceId, messageId: r.messageId });
  });

  it('leaves exactly one message when the same delivery arrives 10 times at once', async () => {
    const { channel } = await channelOf();
    const one = msg({ contact: { externalId: 'dup-sender', name: 'Dup' } });
    const results = await Promise.all(Array.from({ length: 10 }, () => ingestInboundMessage(channel, one)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.messageId)).size).toBe(1);
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(1);
    expect(await db.contact.count({ where: { workspaceId: channel.workspaceId } })).toBe(1);
    expect(await db.conversation.count({ where: { channelId: channel.id } })).toBe(1);
    expect(await db.outbox.count({ where: { workspaceId: channel.workspaceId } })).toBe(1);
  });

  it('recognises a returning customer by phone across WhatsApp and SMS', async () => {
    const { ws, channel: wa } = await channelOf('whatsapp');
    const sms = await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'sms', name: 'SMS' } });
    const a = await ingestInboundMessage(wa, msg({ contact: { externalId: '40722111222', name: 'Ioana' } }));
    const b = await ingestInboundMessage(sms, msg({ contact: { externalId: '+40 722 111 222' } }));
    expect(b.contactId).toBe(a.contactId);
    const ids = await db.contactIdentity.findMany({ where: { contactId: a.contactId! }, orderBy: { createdAt: 'asc' } });
    expect(ids.map((i) => [i.provider, i.phone])).toEqual([['whatsapp', '+40722111222'], ['sms', '+40722111222']]);
    expect(b.conversationId).not.toBe(a.conversationId); // one conversation per channel; the contact ties them
  });

  it('appends to an open conversation, wakes a snoozed one and reopens a recently resolved one', async () => {
    const { channel } = await channelOf();
    const first = await ingestInboundMessage(channel, msg());
    const second = await ingestInboundMessage(channel, msg({ text: 'any news?' }));
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.action).toBe('append');

    await db.conversation.update({ where: { id: first.conversationId }, data: { status: 'snoozed', snoozedUntil: new Date(Date.now() + 3600_000) } });
    const third = await ingestInboundMessage(channel, msg({ text: 'hello??' }));
    expect(third.action).toBe('wake');
    expect((await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).status).toBe('open');

    await db.conversation.update({ where: { id: first.conversationId }, data: { status: 'resolved', resolvedAt: new Date(Date.now() - 2 * 86400_000) } });
    const auto = await ingestInboundMessage(channel, msg({ text: 'I am out of office', isAutoReply: true }));
    expect(auto.action).toBe('append-resolved');
    expect((await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).status).toBe('resolved');

    const fourth = await ingestInboundMessage(channel, msg({ text: 'it broke again' }));
    expect(fourth.action).toBe('reopen');
    const c = await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId }, include: { events: true } });
    expect(c.status).toBe('open');
    expect(c.messageCount).toBe(5);
    expect(c.events.map((e) => e.summary)).toContain('reopened: the customer wrote again');
  });

  it('starts a new conversation when the last one was resolved long ago', async () => {
    const { channel } = await channelOf();
    const first = await ingestInboundMessage(channel, msg());
    await db.conversation.update({ where: { id: first.conversationId }, data: { status: 'resolved', resolvedAt: new Date(Date.now() - 30 * 86400_000) } });
    const next = await ingestInboundMessage(channel, msg({ text: 'new problem' }));
    expect(next.action).toBe('open');
    expect(next.conversationId).not.toBe(first.conversationId);
  });

  it('threads email replies by In-Reply-To and stores only sanitised HTML', async () => {
    const { channel } = await channelOf('email');
    const root = await ingestInboundMessage(channel, msg({ providerMessageId: '<root@mail.test>', threadKey: '<root@mail.test>', subject: 'Refund', contact: { externalId: 'a@b.test' } }));
    const reply = await ingestInboundMessage(
      channel,
      msg({
        providerMessageId: '<r1@mail.test>',
        threadKey: '<root@mail.test>',
        inReplyTo: ['<root@mail.test>'],
        contact: { externalId: 'other@b.test' },
        html: '<p onclick="steal()">Hi<script>alert(1)</script><a href="javascript:alert(1)">x</a><svg onload="x()"></svg></p>',
      }),
    );
    expect(reply.conversationId).toBe(root.conversationId);
    const stored = await db.message.findUniqueOrThrow({ where: { id: reply.messageId } });
    expect(stored.html).toContain('Hi');
    expect(stored.html).not.toMatch(/script|onclick|javascript:|svg|onload/i);
  });
});

describe('delivery receipts that arrive before the send is recorded', () => {
  it('are kept and applied once the provider id is recorded', async () => {
    const { applyDeliveryStatus, replayPendingStatuses } = await import('@/lib/ingest/apply-delivery-status');
    const { channel } = await channelOf();
    const r = await ingestInboundMessage(channel, msg());
    const out = await db.message.create({
      data: { workspaceId: channel.workspaceId, conversationId: r.conversationId, channelId: channel.id, direction: 'out', text: 'on its way', status: 'sending' },
    });
    const at = new Date();
    expect(await applyDeliveryStatus(channel.id, { providerMessageId: 'SMfast1', status: 'delivered', at })).toBe(false);
    expect(await db.pendingDeliveryStatus.count({ where: { channelId: channel.id } })).toBe(1);
    await db.message.update({ where: { id: out.id }, data: { status: 'sent', providerMessageId: 'SMfast1' } });
    expect(await replayPendingStatuses(channel.id, 'SMfast1')).toBe(1);
    const after = await db.message.findUniqueOrThrow({ where: { id: out.id } });
    expect(after.status).toBe('delivered');
    expect(after.deliveredAt?.getTime()).toBe(at.getTime());
    expect(await db.pendingDeliveryStatus.count({ where: { channelId: channel.id } })).toBe(0);
  });

  it('a direct message does not join the contact’s comment thread', async () => {
    const { channel } = await channelOf();
    const comment = await ingestInboundMessage(channel, msg({ threadKey: 'post-1', contact: { externalId: 'c-9' } }));
    const dm = await ingestInboundMessage(channel, msg({ contact: { externalId: 'c-9' } }));
    expect(dm.conversationId).not.toBe(comment.conversationId);
    const dm2 = await ingestInboundMessage(channel, msg({ contact: { externalId: 'c-9' } }));
    expect(dm2.conversationId).toBe(dm.conversationId);
  });
});
