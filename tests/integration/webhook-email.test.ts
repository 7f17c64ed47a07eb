// Inbound email through POST /api/webhooks/email/:channelId with every email
// fixture that fits (Postmark, SendGrid, Mailgun, and the .eml files through
// SendGrid's raw path), checked on the rows written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { FIXTURES, basicAuth, createEmailChannel, fixture, multipartBody, postEmailWebhook, sendgridRaw, splitCapturedRequest } from '../helpers/email-channel';

afterAll(disconnectDb);
afterEach(() => vi.useRealTimers());

const json = { 'content-type': 'application/json' };
const messagesOf = (channelId: string) =>
  db.message.findMany({ where: { channelId }, include: { contact: { include: { identities: true } }, conversation: true }, orderBy: { createdAt: 'asc' } });

async function setup(inboundProvider = 'postmark') {
  const ws = await createTestWorkspace();
  const channel = await createEmailChannel(ws.workspace.id, { inboundProvider });
  return { ws, channel };
}

describe('Postmark inbound', () => {
  it('stores valid_http_post.json once: contact, conversation, text, sanitised html, attachment metadata', async () => {
    const { channel } = await setup();
    const body = fixture('email/postmark/valid_http_post.json');
    const res = await postEmailWebhook(channel.id, body, { ...json, authorization: basicAuth() });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: 1, duplicates: 0 });
    const again = await postEmailWebhook(channel.id, body, { ...json, authorization: basicAuth() });
    expect(await again.json()).toMatchObject({ received: 0, duplicates: 1 });

    const [m, ...rest] = await messagesOf(channel.id);
    expect(rest).toHaveLength(0);
    expect(m.providerMessageId).toBe('<CAGXpo2WKfxHWZ5UFYCR3H_J9SNMG+5AXUovfEFL6DjWBJSyZaA@mail.gmail.com>');
    expect(m.contact?.name).toBe('Bob Bobson');
    expect(m.contact?.identities[0]).toMatchObject({ provider: 'email', externalId: 'bob@bob.com', email: 'bob@bob.com' });
    expect(m.conversation).toMatchObject({ subject: 'Hi There', status: 'open', threadKey: m.providerMessageId, contactId: m.contactId });
    expect(m.subject).toBe('Hi There');
    expect(m.text).toBe('This is awesome!');
    expect(m.html).toBe('<p>We no speak americano</p>');
    expect(m.sentAt.toISOString()).toBe('2012-04-05T14:59:01.000Z');
    expect(m.attachments).toEqual([
      { type: 'image', name: 'chart.png', mime: 'image/png', size: 2000 },
      { type: 'image', name: 'chart2.png', mime: 'image/png', size: 1000 },
    ]);
    expect(JSON.stringify(m.attachments)).not.toContain('iVBOR'); // no content stored
  });

  it('stores the captured multi_mail request (headers and body split)', async () => {
    const { channel } = await setup();
    const { headers, body } = splitCapturedRequest(fixture('email/postmark/multi_mail_postmark_valid_http.txt').toString('utf8'));
    expect(headers['user-agent']).toBe('Postmark');
    const res = await postEmailWebhook(channel.id, body, { 'content-type': headers['content-type'], authorization: basicAuth() });
    expect(res.status).toBe(200);
    const [m] = await messagesOf(channel.id);
    expect(m.providerMessageId).toBe('<26ECCA85-47DE-4E66-827A-B35E34874F26@opennorth.ca>');
    expect(m.contact?.identities[0].externalId).toBe('james@opennorth.ca');
    expect(m.contact?.name).toBe('James McKinney');
    expect(m.text).toMatch(/^bold text\n\n\n\nsome more bold text/);
    expect(m.text).toContain('Signature block');
    // Postmark escaped this message's HTML: it is stored as harmless text.
    expect(m.html).not.toMatch(/<(html|body|b)\b/);
    expect(m.attachments).toEqual([
      { type: 'file', name: 'foo.txt', mime: 'text/plain', size: 76 },
      { type: 'file', name: 'bar.txt', mime: 'text/plain', size: 52 },
    ]);
  });

  it('refuses missing or wrong Basic credentials with 401 and writes nothing', async () => {
    const { ws, channel } = await setup();
    const body = fixture('email/postmark/valid_http_post.json');
    for (const authorization of [undefined, basicAuth('postmark-user', 'wrong'), basicAuth('someone', 'p4ss-w0rd-for-tests'), 'Bearer x', 'Basic !!!']) {
      const res = await postEmailWebhook(channel.id, body, { ...json, ...(authorization ? { authorization } : {}) });
      expect(res.status, String(authorization)).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
    expect(await db.message.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    expect(await db.contact.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastError).toMatch(/Webhook refused/);
  });
});

describe('SendGrid Inbound Parse', () => {
  const post = (channelId: string, body: BodyInit | Buffer, contentType = 'multipart/form-data; boundary=xYzZY', authorization = basicAuth()) =>
    postEmailWebhook(channelId, body, { 'content-type': contentType, authorization });

  it('stores the parsed-fields sample (default_data.txt)', async () => {
    const { channel } = await setup('sendgrid');
    const res = await post(channel.id, fixture('email/sendgrid/default_data.txt'));
    expect(res.status).toBe(200);
    const [m] = await messagesOf(channel.id);
    expect(m.contact?.identities[0].externalId).toBe('test@example.com');
    expect(m.contact?.name).toBe('Example User');
    expect(m.subject).toBe('Testing non-raw');
    expect(m.text).toBe('Hello Twilio SendGrid!');
    expect(m.html).toBe('<strong>Hello Twilio SendGrid!</strong>');
    // No Message-ID in its headers: a stable generated id makes the retry a duplicate.
    expect(m.providerMessageId).toMatch(/^<sb-hash\.[0-9a-f]{40}@switchboard\.invalid>$/);
    expect(await (await post(channel.id, fixture('email/sendgrid/default_data.txt'))).json()).toMatchObject({ duplicates: 1 });
  });

  it('stores the raw-MIME sample (raw_data.txt)', async () => {
    const { channel } = await setup('sendgrid');
    expect((await post(channel.id, fixture('email/sendgrid/raw_data.txt'))).status).toBe(200);
    const [m] = await messagesOf(channel.id);
    expect(m.subject).toBe('Inbound Parse Test Raw Data');
    expect(m.text).toBe('Hello Twilio SendGrid!');
    expect(m.html).toBe('<strong>Hello Twilio SendGrid!</strong>');
    expect(m.contact?.identities[0].externalId).toBe('test@example.com');
  });

  // Sizes are the bytes of each file part of the captured request.
  it('stores the captured multi_mail request with its four attachments as metadata', async () => {
    const { channel } = await setup('sendgrid');
    const { headers, body } = splitCapturedRequest(fixture('email/sendgrid/multi_mail_sendgrid_valid_http.txt').toString('utf8'));
    expect((await post(channel.id, body, headers['content-type'])).status).toBe(200);
    const [m] = await messagesOf(channel.id);
    expect(m.providerMessageId).toBe('<D0AB77C1-A89D-4D9E-A207-5E20A6D36BEF@opennorth.ca>');
    expect(m.sentAt.toISOString()).toBe('2013-04-16T00:20:12.000Z');
    expect(m.html).toBe('<b>bold text</b><div><br /></div><div></div>');
    expect(m.attachments).toEqual([
      { type: 'file', name: 'msg-12415-313.html', mime: 'text/html', size: 243 },
      { type: 'file', name: 'foo.txt', mime: 'text/plain', size: 58 },
      { type: 'file', name: 'bar.txt', mime: 'text/plain', size: 39 },
      { type: 'file', name: 'msg-12415-314.html', mime: 'text/html', size: 642 },
    ]);
  });

  it('refuses bad credentials (401) and malformed bodies (400), writing nothing', async () => {
    const { ws, channel } = await setup('sendgrid');
    expect((await post(channel.id, fixture('email/sendgrid/raw_data.txt'), undefined, basicAuth('postmark-user', 'nope'))).status).toBe(401);
    const bad: [BodyInit | Buffer, string][] = [
      ['{"from":"a@b.c"}', 'application/json'],
      ['--xYzZY\r\nContent-Disposition: form-data; name="email"\r\n\r\nunterminated', 'multipart/form-data; boundary=xYzZY'],
      [multipartBody([['subject', 'no sender']]), 'multipart/form-data; boundary=xYzZY'],
      [multipartBody([['from', 'a@b.c'], ['envelope', '{not json']]), 'multipart/form-data; boundary=xYzZY'],
    ];
    for (const [body, type] of bad) {
      const res = await post(channel.id, body, type);
      expect(res.status, String(body).slice(0, 40)).toBe(400);
      expect((await res.json()).error.message).toEqual(expect.any(String));
    }
    expect(await db.message.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
  });
});

describe('Mailgun routes', () => {
  const raw = () => splitCapturedRequest(fixture('email/mailgun/multi_mail_parsed_valid.txt').toString('utf8'));
  const vector = JSON.parse(fixture('signature_vectors.json').toString('utf8')).mailgun_signature;
  const resign = (body: string, timestamp: string, key = 'foo') =>
    body
      .replace(/(name="timestamp"\r\n\r\n)\d+/, `$1${timestamp}`)
      .replace(/(name="signature"\r\n\r\n)[0-9a-f]+/, `$1${crypto.createHmac('sha256', key).update(timestamp + vector.token).digest('hex')}`);

  it('verifies the fixture vector (key "foo") at its own time and stores the message', async () => {
    const { channel } = await setup('mailgun');
    const { headers, body } = raw();
    expect(body).toContain(vector.expected);
    vi.useFakeTimers({ toFake: ['Date'], now: Number(vector.timestamp) * 1000 + 60_000 });
    const res = await postEmailWebhook(channel.id, body, { 'content-type': headers['content-type'] });
    vi.useRealTimers();
    expect(res.status).toBe(200);
    const [m] = await messagesOf(channel.id);
    expect(m.providerMessageId).toBe('<E102015D-F580-4316-81FA-7324838A3AE8@opennorth.ca>');
    expect(m.contact?.identities[0].externalId).toBe('james@opennorth.ca');
    // Mailgun's stripped-text: the reply without quote and signature.
    expect(m.text).toBe('bold text\n\n\n\nsome more bold text\n\n\n\nsome italic text');
    expect(m.html).toContain('<b>bold text</b>');
    expect(m.attachments).toEqual([
      { type: 'file', name: 'foo.txt', mime: 'text/plain', size: 58 },
      { type: 'file', name: 'bar.txt', mime: 'text/plain', size: 39 },
    ]);
  });

  it('refuses a stale timestamp, a wrong signature (403) and missing fields (401); accepts a fresh signature', async () => {
    const { ws, channel } = await setup('mailgun');
    const { headers, body } = raw();
    const type = { 'content-type': headers['content-type'] };
    expect((await postEmailWebhook(channel.id, body, type)).status).toBe(403); // 2013: stale now
    const now = String(Math.floor(Date.now() / 1000));
    expect((await postEmailWebhook(channel.id, resign(body, now, 'not-foo'), type)).status).toBe(403);
    expect((await postEmailWebhook(channel.id, body.replace(/name="signature"/, 'name="sig"'), type)).status).toBe(401);
    expect((await postEmailWebhook(channel.id, resign(body, String(Number(now) - 16 * 60)), type)).status).toBe(403);
    expect(await db.message.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    const fresh = await postEmailWebhook(channel.id, resign(body, now), type);
    expect(fresh.status).toBe(200);
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(1);
  });

  it('accepts urlencoded routes and refuses bad message-headers JSON with 400', async () => {
    const { channel } = await setup('mailgun');
    const ts = String(Math.floor(Date.now() / 1000));
    const token = 'tok-' + crypto.randomBytes(8).toString('hex');
    const sig = crypto.createHmac('sha256', 'foo').update(ts + token).digest('hex');
    const form = (extra: Record<string, string>) => new URLSearchParams({ timestamp: ts, token, signature: sig, from: 'Ann <ann@example.org>', subject: 'Hi', 'body-plain': 'Hello there', 'Message-Id': '<ann-1@example.org>', ...extra }).toString();
    const type = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await postEmailWebhook(channel.id, form({ 'message-headers': '[["Subject"' }), type)).status).toBe(400);
    expect((await postEmailWebhook(channel.id, form({}), type)).status).toBe(200);
    const [m] = await messagesOf(channel.id);
    expect(m).toMatchObject({ providerMessageId: '<ann-1@example.org>', text: 'Hello there', subject: 'Hi' });
  });
});

// Every .eml fixture, posted as SendGrid's raw `email` field, each to a channel of its own
// (several share a Message-ID). Expectations beyond "stored, once, no 500" per file.
const EML_DIRS = ['chatwoot/email', 'chatwoot/email_upstream_newer', 'email/eml'];
const AUTO = new Set(['auto_reply.eml', 'auto_reply_with_auto_submitted.eml', 'bounced_gmail.eml', 'bounced_with_no_from.eml', 'non_utf_encoded_mail.eml', 'mailparser_delivery-status.eml']);

describe('every .eml fixture through the SendGrid raw path', () => {
  it('stores each as one message with its contact, subject, text and flags', async () => {
    const ws = await createTestWorkspace();
    const files = EML_DIRS.flatMap((d) => fs.readdirSync(path.join(FIXTURES, d)).filter((f) => f.endsWith('.eml')).map((f) => `${d}/${f}`));
    expect(files.length).toBeGreaterThanOrEqual(47);
    for (const file of files) {
      const channel = await createEmailChannel(ws.workspace.id, { inboundProvider: 'sendgrid', address: `inbox-${crypto.randomBytes(3).toString('hex')}@northwind.test` });
      const { body, headers } = sendgridRaw(fixture(file));
      const res = await postEmailWebhook(channel.id, body, headers);
      expect(res.status, file).toBe(200);
      expect(await res.json(), file).toMatchObject({ received: 1 });
      const [m, ...more] = await messagesOf(channel.id);
      expect(more, file).toHaveLength(0);
      expect(m.providerMessageId, file).toMatch(/^<.+>$/);
      expect(m.contact?.identities[0].externalId, file).toMatch(/^[^A-Z\s]+@[^A-Z\s]+$/);
      expect(Boolean((m.meta as Record<string, unknown>).autoReply), file).toBe(AUTO.has(path.basename(file)));
      expect(m.conversation.waitingSince === null, file).toBe(AUTO.has(path.basename(file)));
      expect(m.text.length + (m.html?.length ?? 0) + (m.attachments as unknown[]).length, file).toBeGreaterThan(0);
      if (m.html) expect(m.html, file).not.toMatch(/<script|<style|\son\w+\s*=|javascript:/i);
    }
  });

  it('checks the rows of the notable ones', async () => {
    const ws = await createTestWorkspace();
    const one = async (file: string) => {
      const channel = await createEmailChannel(ws.workspace.id, { inboundProvider: 'sendgrid', address: `in-${crypto.randomBytes(3).toString('hex')}@northwind.test` });
      const { body, headers } = sendgridRaw(fixture(file));
      expect((await postEmailWebhook(channel.id, body, headers)).status, file).toBe(200);
      return (await messagesOf(channel.id))[0];
    };
    const html = await one('chatwoot/email/html_and_attachments.eml');
    expect(html.attachments).toEqual([{ type: 'image', name: '1610894557447.jpg', mime: 'image/jpeg', size: 172081 }]);
    const inline = await one('chatwoot/email_upstream_newer/cid_inline_images_without_disposition.eml');
    expect(inline.html).toContain('src="cid:image001.jpg@test"');
    expect(inline.meta).toMatchObject({ email: { parts: [{ inline: true, cid: 'image001.jpg@test' }] } });
    const noFrom = await one('chatwoot/email/bounced_with_no_from.eml');
    expect(noFrom.contact?.name).toBe('Mail Delivery System');
    expect(noFrom.contact?.identities[0].externalId).toBe('mailer-daemon@smtp5.relay.example.com');
    const malformed = await one('chatwoot/email_upstream_newer/malformed_reply_to.eml');
    expect(malformed).toMatchObject({ subject: 'Empty Reply-To address', text: 'Regression fixture.' });
    expect(malformed.contact?.identities[0].externalId).toBe('sender@example.com');
    const noSubject = await one('chatwoot/email/mail_with_no_subject.eml');
    expect(noSubject.subject).toBeNull();
    expect(noSubject.conversation.preview).toBe("Let's talk about these images:");
    const arabic = await one('chatwoot/email/non_utf_encoded_mail.eml');
    expect(arabic.subject).toBe('أهلين عميلنا الكريم');
  });
});

describe('threading', () => {
  // An email we sent earlier, as the outbound worker records it.
  async function ourMessage(channelId: string, workspaceId: string, providerMessageId: string, status: 'open' | 'resolved' = 'open') {
    const contact = await db.contact.create({ data: { workspaceId, name: 'Earlier customer' } });
    const conversation = await db.conversation.create({
      data: { workspaceId, channelId, contactId: contact.id, subject: 'Earlier', status, messageCount: 1, ...(status === 'resolved' ? { resolvedAt: new Date() } : {}) },
    });
    const message = await db.message.create({ data: { workspaceId, channelId, conversationId: conversation.id, direction: 'out', status: 'sent', text: 'Our answer', providerMessageId } });
    return { conversation, message };
  }
  const postEml = async (channelId: string, file: string) => {
    const { body, headers } = sendgridRaw(fixture(file));
    const res = await postEmailWebhook(channelId, body, headers);
    expect(res.status, file).toBe(200);
    return res.json();
  };
  const ROOT = '<4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>';

  it('references.eml and references-same.eml join the conversation of the message they reference', async () => {
    const { ws, channel } = await setup('sendgrid');
    const { conversation } = await ourMessage(channel.id, ws.workspace.id, ROOT);
    await postEml(channel.id, 'chatwoot/email_upstream_newer/references-same.eml');
    // references.eml has the same Message-ID from another sender: a duplicate, not a second message.
    expect(await postEml(channel.id, 'chatwoot/email/references.eml')).toMatchObject({ received: 0, duplicates: 1 });
    const inbound = await db.message.findMany({ where: { channelId: channel.id, direction: 'in' } });
    expect(inbound).toHaveLength(1);
    expect(inbound[0].conversationId).toBe(conversation.id);
    expect(inbound[0].meta).toMatchObject({ inReplyTo: [ROOT, '<test-reference-id>'] });
  });

  it('multiple_in_reply_to.eml threads on its second In-Reply-To id', async () => {
    const { ws, channel } = await setup('sendgrid');
    const { conversation } = await ourMessage(channel.id, ws.workspace.id, '<4e6e35f5a38b4_479f13bb90078131@small-app-01.mail>');
    await postEml(channel.id, 'chatwoot/email/multiple_in_reply_to.eml');
    const m = await db.message.findFirstOrThrow({ where: { channelId: channel.id, direction: 'in' } });
    expect(m.conversationId).toBe(conversation.id);
  });

  it('a thread root we never saw groups its replies by threadKey; a plus-address token works without headers', async () => {
    const { ws, channel } = await setup('sendgrid');
    await postEml(channel.id, 'chatwoot/email/support.eml');
    await postEml(channel.id, 'chatwoot/email/mail_with_references.eml');
    const both = await db.message.findMany({ where: { channelId: channel.id } });
    expect(both).toHaveLength(2);
    expect(new Set(both.map((m) => m.conversationId)).size).toBe(1);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: both[0].conversationId } })).threadKey).toBe(ROOT);

    const { conversation } = await ourMessage(channel.id, ws.workspace.id, '<not-quoted-by-the-client@x>');
    const eml = Buffer.from(`From: Newcomer <new@example.org>\r\nTo: support+c_${conversation.id}@northwind.test\r\nSubject: Re: Earlier\r\nMessage-ID: <lost-headers@example.org>\r\n\r\nReplying from a client that drops In-Reply-To`);
    const { body, headers } = sendgridRaw(eml);
    expect((await postEmailWebhook(channel.id, body, headers)).status).toBe(200);
    expect((await db.message.findFirstOrThrow({ where: { providerMessageId: '<lost-headers@example.org>' } })).conversationId).toBe(conversation.id);
  });

  it('auto-replies and delivery reports never reopen a resolved conversation; a bounce marks our message failed', async () => {
    const { ws, channel } = await setup('sendgrid');
    const auto = await ourMessage(channel.id, ws.workspace.id, ROOT, 'resolved');
    const bounced = await ourMessage(channel.id, ws.workspace.id, '<xxxxx@email.amazonses.com>', 'resolved');
    const gmail = await ourMessage(channel.id, ws.workspace.id, '<conversation/93775311-9416-4428-964b-862001f8a8b2/messages/27855337@gmail.com>', 'resolved');

    await postEml(channel.id, 'chatwoot/email/auto_reply.eml');
    await postEml(channel.id, 'email/eml/mailparser_delivery-status.eml');
    await postEml(channel.id, 'chatwoot/email/bounced_gmail.eml');
    for (const c of [auto, bounced, gmail]) {
      const conv = await db.conversation.findUniqueOrThrow({ where: { id: c.conversation.id } });
      expect(conv.status).toBe('resolved');
      expect(conv.messageCount).toBe(2);
      expect(await db.conversationEvent.count({ where: { conversationId: conv.id } })).toBe(0);
      const inbound = await db.message.findFirstOrThrow({ where: { conversationId: conv.id, direction: 'in' } });
      expect(inbound.meta).toMatchObject({ autoReply: true });
    }
    const failed = await db.message.findUniqueOrThrow({ where: { id: bounced.message.id } });
    expect(failed.status).toBe('failed');
    expect(failed.providerError).toMatch(/^Bounced by xxxx@xxxx\.com: Amazon SES did not send the message/);
    const gmailFailed = await db.message.findUniqueOrThrow({ where: { id: gmail.message.id } });
    expect(gmailFailed).toMatchObject({ status: 'failed', providerError: expect.stringContaining('550 5.1.1') });
    expect((await db.message.findUniqueOrThrow({ where: { id: auto.message.id } })).status).toBe('sent');

    // A person's reply to the same thread does reopen it.
    await postEml(channel.id, 'chatwoot/email/in_reply_to.eml');
    expect((await db.conversation.findUniqueOrThrow({ where: { id: auto.conversation.id } })).status).toBe('open');
  });
});

describe('bad input', () => {
  it('answers 404 for unknown, disabled, non-email and webhook-less channels; 413 past 40 MB; 400 for broken JSON', async () => {
    const { ws, channel } = await setup();
    const body = fixture('email/postmark/valid_http_post.json');
    const auth = { ...json, authorization: basicAuth() };
    expect((await postEmailWebhook('no-such-channel', body, auth)).status).toBe(404);
    const disabled = await createEmailChannel(ws.workspace.id, { address: 'off@northwind.test' });
    await db.channel.update({ where: { id: disabled.id }, data: { enabled: false } });
    expect((await postEmailWebhook(disabled.id, body, auth)).status).toBe(404);
    const sms = await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'sms', name: 'SMS' } });
    expect((await postEmailWebhook(sms.id, body, auth)).status).toBe(404);
    const imapOnly = await createEmailChannel(ws.workspace.id, { inboundProvider: null, address: 'imap@northwind.test' });
    expect((await postEmailWebhook(imapOnly.id, body, auth)).status).toBe(404);

    for (const bad of ['{"From": "a@b.c"', '[]', '{"Subject":"no sender"}', '{"From":"a@b.c","Headers":"nope"}']) {
      const res = await postEmailWebhook(channel.id, bad, auth);
      expect(res.status, bad).toBe(400);
      expect((await res.json()).error.code).toMatch(/bad_request|invalid_payload/);
    }
    const huge = await postEmailWebhook(channel.id, Buffer.alloc(40 * 1024 * 1024 + 10, 0x61), auth);
    expect(huge.status).toBe(413);
    expect(await db.message.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    expect(await db.contact.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
  });

  it('accepts a Postmark message with 3 MB of attachments (over the 1 MB cap of other providers)', async () => {
    const { channel } = await setup();
    const payload = JSON.parse(fixture('email/postmark/valid_http_post.json').toString('utf8'));
    payload.Attachments = [{ Name: 'scan.pdf', ContentType: 'application/pdf', ContentLength: 3 * 1024 * 1024, Content: crypto.randomBytes(3 * 1024 * 1024).toString('base64') }];
    const res = await postEmailWebhook(channel.id, JSON.stringify(payload), { ...json, authorization: basicAuth() });
    expect(res.status).toBe(200);
    const [m] = await messagesOf(channel.id);
    expect(m.attachments).toEqual([{ type: 'file', name: 'scan.pdf', mime: 'application/pdf', size: 3 * 1024 * 1024 }]);
  });
});
