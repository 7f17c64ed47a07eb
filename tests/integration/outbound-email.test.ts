// Email replies by SMTP against a real SMTP server on loopback (smtp-server):
// inbound by webhook → sendReply → outbox relay → the real outbound worker →
// the message as the customer's mail server receives it, with the headers that
// thread it; the customer's answer to it threads back. SMTP 451 is retried
// (one message arrives), 550 fails with the server's words on the message.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { sendReply } from '@/lib/conversations/send-reply';
import { deliverOutboundMessage } from '@/lib/outbound/deliver-outbound-message';
import { RetryableSendError } from '@/lib/outbound/send-errors';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { closeQueues } from '@/lib/queue/get-queue';
import { startOutboundWorker } from '@/workers/outbound';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { EMAIL_SECRETS, agentContext, basicAuth, fixture, postEmailWebhook, waitFor } from '../helpers/email-channel';

type Captured = { from: string; to: string[]; user?: string; mail: ParsedMail; raw: string };
type Refusal = { stage: 'rcpt' | 'data'; code: number; text: string };

const captured: Captured[] = [];
const refusals: Refusal[] = [];
let smtpPort: number;
let smtp: SMTPServer;

const refuse = (r: Refusal) => Object.assign(new Error(r.text), { responseCode: r.code });

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'support@northwind.test' && auth.password === 'smtp-secret') return cb(null, { user: auth.username });
      cb(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(_address: SMTPServerAddress, _session, cb) {
      if (refusals[0]?.stage === 'rcpt') return cb(refuse(refusals.shift()!));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (refusals[0]?.stage === 'data') return cb(refuse(refusals.shift()!));
        const raw = Buffer.concat(chunks);
        captured.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          mail: await simpleParser(raw),
          raw: raw.toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
beforeEach(() => {
  captured.length = 0;
  refusals.length = 0;
});
afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  await closeQueues();
  await disconnectDb();
});

// A customer's email arrives by Postmark; returns the conversation it opened.
async function inbound(opts: { smtpPassword?: string; port?: number } = {}) {
  const ws = await createTestWorkspace({ name: 'Northwind Outfitters' });
  const channel = await db.channel.create({
    data: {
      workspaceId: ws.workspace.id,
      provider: 'email',
      name: 'Support email',
      externalId: 'support@northwind.test',
      settings: { address: 'support@northwind.test', inboundProvider: 'postmark', smtp: { host: '127.0.0.1', port: opts.port ?? smtpPort, secure: false, user: 'support@northwind.test' } },
      credentials: encryptJson({ ...EMAIL_SECRETS, smtpPassword: opts.smtpPassword ?? 'smtp-secret' }),
    },
  });
  const res = await postEmailWebhook(channel.id, fixture('email/postmark/valid_http_post.json'), { 'content-type': 'application/json', authorization: basicAuth() });
  expect(res.status).toBe(200);
  const { messageIds } = await res.json();
  const first = await db.message.findUniqueOrThrow({ where: { id: messageIds[0] } });
  return { ws, channel, conversationId: first.conversationId, inboundId: first.providerMessageId!, ctx: agentContext(ws) };
}

const messageRow = (id: string) => db.message.findUniqueOrThrow({ where: { id } });

describe('email replies by SMTP', () => {
  it('sends with From, To, Subject, Message-ID, In-Reply-To, References, Reply-To; the customer’s answer threads back', async () => {
    const { ws, channel, conversationId, inboundId, ctx } = await inbound();
    const stop = await startOutboundWorker();
    let reply;
    try {
      reply = await sendReply(ctx, { conversationId, text: 'Hi Bob,\n\nThanks for the charts <3 & more.\nWe will look at them today.' });
      expect(await drainOutbox()).toBeGreaterThanOrEqual(1);
      await waitFor(async () => (await messageRow(reply!.id)).status === 'sent', 'the reply to be sent');
    } finally {
      await stop();
    }
    expect(captured).toHaveLength(1);
    const { mail, to, from, user } = captured[0];
    const messageId = `<sb.${reply.id}@northwind.test>`;
    expect(user).toBe('support@northwind.test');
    expect(from).toBe('support@northwind.test');
    expect(to).toEqual(['bob@bob.com']);
    expect(mail.from?.value).toEqual([{ address: 'support@northwind.test', name: 'Northwind Outfitters' }]);
    expect((mail.to as { value: unknown[] }).value).toEqual([{ address: 'bob@bob.com', name: '' }]);
    expect(mail.subject).toBe('Re: Hi There');
    expect(mail.messageId).toBe(messageId);
    expect(mail.inReplyTo).toBe(inboundId);
    expect(mail.references).toBe(inboundId);
    expect(mail.replyTo?.value).toEqual([{ address: `support+c_${conversationId}@northwind.test`, name: '' }]);
    expect(mail.text?.trim()).toBe('Hi Bob,\n\nThanks for the charts <3 & more.\nWe will look at them today.');
    expect(mail.html).toContain('<p>Hi Bob,</p>');
    expect(mail.html).toContain('<p>Thanks for the charts &lt;3 &amp; more.<br>We will look at them today.</p>');
    const sent = await messageRow(reply.id);
    expect(sent).toMatchObject({ status: 'sent', providerMessageId: messageId, providerError: null });

    // The conversation is resolved; Bob answers our email from his phone (only In-Reply-To).
    await db.conversation.update({ where: { id: conversationId }, data: { status: 'resolved', resolvedAt: new Date() } });
    const answer = {
      FromFull: { Email: 'bob@bob.com', Name: 'Bob Bobson' },
      ToFull: [{ Email: 'support@northwind.test', Name: '' }],
      Subject: 'Re: Hi There',
      TextBody: 'Great, thank you!\n\nOn Tue, Northwind Outfitters <support@northwind.test> wrote:\n> Hi Bob,',
      Headers: [
        { Name: 'Message-ID', Value: '<bob-answer@bob.com>' },
        { Name: 'In-Reply-To', Value: messageId },
      ],
    };
    const res = await postEmailWebhook(channel.id, JSON.stringify(answer), { 'content-type': 'application/json', authorization: basicAuth() });
    expect(res.status).toBe(200);
    const back = await db.message.findFirstOrThrow({ where: { channelId: channel.id, providerMessageId: '<bob-answer@bob.com>' } });
    expect(back.conversationId).toBe(conversationId);
    expect(back.text).toBe('Great, thank you!');
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe('open');

    // Our second reply carries the whole thread in References and answers Bob's latest.
    const second = await sendReply(ctx, { conversationId, text: 'You are welcome.' });
    expect(await deliverOutboundMessage(ws.workspace.id, second.id)).toBe('sent');
    const mail2 = captured[1].mail;
    expect(mail2.inReplyTo).toBe('<bob-answer@bob.com>');
    expect(mail2.references).toEqual([inboundId, messageId, '<bob-answer@bob.com>']);
    expect(mail2.subject).toBe('Re: Hi There');
  });

  it('retries an SMTP 451 with backoff and delivers one message', async () => {
    const { conversationId, ctx } = await inbound();
    refusals.push({ stage: 'data', code: 451, text: '4.7.1 Greylisted, please try again later' });
    const stop = await startOutboundWorker();
    try {
      const reply = await sendReply(ctx, { conversationId, text: 'Trying through the greylist.' });
      await drainOutbox();
      const retrying = await waitFor(async () => {
        const m = await messageRow(reply.id);
        return m.providerError?.startsWith('Retrying') ? m : null;
      }, 'the first attempt to be deferred');
      expect(retrying.providerError).toContain('451 4.7.1 Greylisted');
      const sent = await waitFor(async () => {
        const m = await messageRow(reply.id);
        return m.status === 'sent' ? m : null;
      }, 'the retry to succeed');
      expect(sent.providerError).toBeNull();
    } finally {
      await stop();
    }
    expect(captured).toHaveLength(1);
    expect(captured[0].mail.text?.trim()).toBe('Trying through the greylist.');
  });

  it('fails on 550 with the server’s message on the message and the channel', async () => {
    const { ws, channel, conversationId, ctx } = await inbound();
    refusals.push({ stage: 'rcpt', code: 550, text: '5.1.1 <bob@bob.com>: Recipient address rejected: User unknown' });
    const reply = await sendReply(ctx, { conversationId, text: 'Hello?' });
    await expect(deliverOutboundMessage(ws.workspace.id, reply.id)).rejects.toThrow(/Recipient address rejected/);
    const failed = await messageRow(reply.id);
    expect(failed.status).toBe('failed');
    expect(failed.providerError).toMatch(/^SMTP server refused the message: .*550 5\.1\.1 <bob@bob\.com>: Recipient address rejected: User unknown/);
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastError).toContain('Recipient address rejected');
    expect(captured).toHaveLength(0);
    // A failed message is never sent again.
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('failed');
  });

  it('treats a refused connection as retryable and a wrong SMTP password as permanent', async () => {
    const closed = await inbound({ port: 1 });
    const r1 = await sendReply(closed.ctx, { conversationId: closed.conversationId, text: 'Anyone there?' });
    await expect(deliverOutboundMessage(closed.ws.workspace.id, r1.id)).rejects.toBeInstanceOf(RetryableSendError);
    expect(await messageRow(r1.id)).toMatchObject({ status: 'queued', providerError: expect.stringMatching(/^Retrying: SMTP server unreachable: .*ECONNREFUSED/) });
    expect(await deliverOutboundMessage(closed.ws.workspace.id, r1.id, { finalAttempt: true })).toBe('failed');

    const wrong = await inbound({ smtpPassword: 'nope' });
    const r2 = await sendReply(wrong.ctx, { conversationId: wrong.conversationId, text: 'Hello' });
    await expect(deliverOutboundMessage(wrong.ws.workspace.id, r2.id)).rejects.toThrow(/535/);
    expect(await messageRow(r2.id)).toMatchObject({ status: 'failed', providerError: expect.stringContaining('Authentication credentials invalid') });
    expect(captured).toHaveLength(0);
  });
});
