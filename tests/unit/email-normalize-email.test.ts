// Real emails (../shared/fixtures) through parse-raw-email → normalize-email.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawEmail } from '@/lib/channels/email/parse-raw-email';
import { normalizeEmail } from '@/lib/channels/email/normalize-email';
import { stripQuotedReply } from '@/lib/channels/email/strip-quoted-reply';
import { conversationAddress, conversationIdFrom } from '@/lib/channels/email/conversation-token';
import { messageIdsIn } from '@/lib/channels/email/email-headers';
import { fixturesDir } from '../../scripts/lib/shared-dir';

const FIXTURES = fixturesDir();
const read = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel));
const chatwoot = (name: string) => read(`chatwoot/email/${name}`);

async function normalize(raw: Buffer | string, opts: Parameters<typeof normalizeEmail>[1] = {}) {
  const n = normalizeEmail(await parseRawEmail(raw), opts);
  return { ...n, m: n.message! };
}

describe('normalizeEmail', () => {
  it('maps a plain email: Message-ID, contact from From (lower-cased), subject, text, date', async () => {
    const { m, status, ignored } = await normalize(chatwoot('support_uppercase.eml'));
    expect(ignored).toBeNull();
    expect(status).toBeNull();
    expect(m.providerMessageId).toBe('<0CB459E0-0336-41DA-BC88-E6E28C697DDB@chatwoot.com>');
    expect(m.contact).toEqual({ externalId: 'sony@chatwoot.com', email: 'sony@chatwoot.com', name: 'Sony Mathew' });
    expect(m.subject).toBe("Discussion: Let's debate these attachments");
    expect(m.text).toBe("Let's talk about these images:");
    expect(m.sentAt.toISOString()).toBe('2020-04-20T08:20:20.000Z');
    expect(m.isAutoReply).toBe(false);
  });

  it('threads on References, else In-Reply-To, else the own Message-ID; inReplyTo lists both, In-Reply-To first', async () => {
    const refs = (await normalize(chatwoot('references.eml'))).m;
    expect(refs.threadKey).toBe('<4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>');
    expect(refs.inReplyTo).toEqual(['<4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>', '<test-reference-id>']);

    // Two ids in one folded In-Reply-To header, then References.
    const multi = (await normalize(chatwoot('multiple_in_reply_to.eml'))).m;
    expect(multi.inReplyTo).toEqual([
      '<4e6e35f5a38b4_479f13bb90078171@small-app-01.mail>',
      '<4e6e35f5a38b4_479f13bb90078131@small-app-01.mail>',
      '<4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>',
    ]);
    expect(multi.threadKey).toBe('<4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>');

    const onlyIrt = (await normalize('From: a@x.test\r\nMessage-ID: <c@x>\r\nIn-Reply-To: <b@x>\r\n\r\nhi')).m;
    expect(onlyIrt.threadKey).toBe('<b@x>');
    const fresh = (await normalize(chatwoot('only_text.eml'))).m;
    expect(fresh.threadKey).toBe(fresh.providerMessageId);
    expect(fresh.inReplyTo).toEqual([]);
  });

  it('generates a stable Message-ID from the raw bytes when there is none', async () => {
    const raw = read('email/eml/mailparser_nested.eml');
    const a = (await normalize(raw)).m;
    const b = (await normalize(Buffer.from(raw))).m;
    expect(a.providerMessageId).toMatch(/^<sb-hash\.[0-9a-f]{40}@switchboard\.invalid>$/);
    expect(b.providerMessageId).toBe(a.providerMessageId);
    const other = (await normalize(Buffer.concat([raw, Buffer.from('\r\n')]))).m;
    expect(other.providerMessageId).not.toBe(a.providerMessageId);
    expect(a.meta).toMatchObject({ email: { generatedMessageId: true, missingDate: true } });
  });

  it('reads the plus-address token from To, Cc or Delivered-To', async () => {
    const id = '0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(conversationAddress('support@northwind.test', id)).toBe(`support+c_${id}@northwind.test`);
    const viaCc = (await normalize(`From: a@x.test\r\nTo: other@x.test\r\nCc: Support <support+c_${id}@northwind.test>\r\n\r\nhi`)).m;
    expect(viaCc.conversationHint).toBe(id);
    const viaDelivered = (await normalize(`Delivered-To: SUPPORT+C_${id.toUpperCase()}@northwind.test\r\nFrom: a@x.test\r\nTo: support@northwind.test\r\n\r\nhi`)).m;
    expect(viaDelivered.conversationHint).toBe(id);
    // Chatwoot's own reply+<uuid>@ form is not ours.
    expect((await normalize(read('chatwoot/email_upstream_newer/reply_uuid_in_cc.eml'))).m.conversationHint).toBeUndefined();
    expect(conversationIdFrom(['a@b.c', 'x+c_@y.z'])).toBeUndefined();
  });

  it('derives text from HTML-only mail and keeps the raw HTML for ingest to sanitise', async () => {
    const { m } = await normalize(chatwoot('only_html.eml'));
    // html-to-text renders the <h1> in capitals.
    expect(m.text).toBe('THIS IS HTML ONLY MAIL');
    expect(m.html).toContain('<h1>\nThis is html only mail\n</h1>');
  });

  it('cuts quoted history from the text but keeps the HTML whole', async () => {
    const { m } = await normalize(chatwoot('mail_with_quote.eml'));
    expect(m.text).toBe('Yes, I am providing you step how to reproduce this issue');
    expect(m.html).toContain('Any update on this?');
    expect(m.meta).toMatchObject({ email: { quotedTextStripped: true } });
    expect(stripQuotedReply('> only a quote\n> more')).toEqual({ text: '> only a quote\n> more', stripped: false });
    expect(stripQuotedReply('Thanks!\n\n-----Original Message-----\nFrom: us').text).toBe('Thanks!');
    expect(stripQuotedReply('Fine.\n\nOn Mon, 1 Jan 2024 at 10:00, Support <support@x.test>\nwrote:\n> old').text).toBe('Fine.');
    expect(stripQuotedReply('A line with > inside\nand more').stripped).toBe(false);
  });

  it('keeps attachment metadata only: name, mime, size, and inline cid parts', async () => {
    const { m } = await normalize(chatwoot('welcome.eml'));
    expect(m.attachments).toEqual([
      { type: 'image', name: 'avatar1.jpeg', mime: 'image/jpg', size: 20535 },
      { type: 'image', name: 'avatar2.jpg', mime: 'image/jpg', size: 12686 },
    ]);
    expect((m.meta as { email: { parts: unknown[] } }).email.parts).toEqual([
      { inline: true, cid: '7AAEB353-2341-4D46-A054-5CA5CB2363B7' },
      { inline: true, cid: '4594E827-6E69-4329-8691-6BC35E3E73A0' },
    ]);
    const many = (await normalize(chatwoot('multiple_attachments.eml'))).m;
    expect(many.attachments).toHaveLength(30);
    const pdf = (await normalize(chatwoot('email_with_inline_pdf.eml'))).m;
    expect(pdf.attachments).toEqual([{ type: 'file', name: 'dummy.pdf', mime: 'application/pdf', size: 13264 }]);
  });

  it('decodes non-UTF-8 mail and flags auto-replies', async () => {
    const { m } = await normalize(chatwoot('non_utf_encoded_mail.eml'));
    expect(m.contact.name).toBe('متجر سوق نت');
    expect(m.text).toContain('أنا أحتاجها');
    expect(m.isAutoReply).toBe(true);
    expect((await normalize(chatwoot('auto_reply.eml'))).m).toMatchObject({ isAutoReply: true, meta: { autoReplyReason: 'X-Autoreply header' } });
    expect((await normalize(chatwoot('auto_reply_with_auto_submitted.eml'))).m.isAutoReply).toBe(true);
  });

  it('turns a bounce of our message into a flagged message and a failed status with the diagnostic', async () => {
    const { m, status } = await normalize(read('email/eml/mailparser_delivery-status.eml'));
    expect(m.isAutoReply).toBe(true);
    expect(m.inReplyTo?.[0]).toBe('<xxxxx@email.amazonses.com>');
    expect(status).toMatchObject({ providerMessageId: '<xxxxx@email.amazonses.com>', status: 'failed' });
    expect(status!.error).toMatch(/^Bounced by xxxx@xxxx\.com: Amazon SES did not send the message/);

    const gmail = await normalize(chatwoot('bounced_gmail.eml'));
    expect(gmail.status).toMatchObject({ providerMessageId: '<conversation/93775311-9416-4428-964b-862001f8a8b2/messages/27855337@gmail.com>' });
    expect(gmail.status!.error).toContain('550 5.1.1 The email account that you tried to reach does not exist');
  });

  it('gives a bounce without a From address a stable mail-system sender', async () => {
    const { m, status } = await normalize(chatwoot('bounced_with_no_from.eml'));
    expect(m.contact).toEqual({ externalId: 'mailer-daemon@smtp5.relay.example.com', email: 'mailer-daemon@smtp5.relay.example.com', name: 'Mail Delivery System' });
    expect(m.isAutoReply).toBe(true);
    expect(m.meta).toMatchObject({ bounce: { recipient: 'noreply@example-service.com', diagnostic: expect.stringContaining('554 5.7.1') } });
    expect(status).toBeNull(); // the returned message is cut off before its Message-ID
  });

  it('ignores our own mail coming back, and never breaks on malformed headers', async () => {
    const own = await normalize('From: Support <Support@Northwind.test>\r\nTo: a@x.test\r\n\r\nloop', { channelAddress: 'support@northwind.test' });
    expect(own.message).toBeNull();
    expect(own.ignored).toMatch(/own address/);
    const malformed = (await normalize(read('chatwoot/email_upstream_newer/malformed_reply_to.eml'))).m;
    expect(malformed.contact.externalId).toBe('sender@example.com');
    expect(messageIdsIn('<a@b>, <c@d> junk')).toEqual(['<a@b>', '<c@d>']);
    expect(messageIdsIn('a@b c@d')).toEqual(['<a@b>', '<c@d>']);
  });

  it('cuts what exceeds the stored limits and clamps dates from the future', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const { m } = await normalize(`From: a@x.test\r\nDate: Fri, 1 Jan 2100 00:00:00 +0000\r\nSubject: ${'s'.repeat(2000)}\r\n\r\n${'x'.repeat(150_000)}`, { now });
    expect(m.text).toHaveLength(100_000);
    expect(m.subject).toHaveLength(1000);
    expect(m.sentAt).toEqual(now);
    expect(m.meta).toMatchObject({ email: { truncated: true } });
  });
});
