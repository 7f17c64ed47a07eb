// Raw RFC 5322 bytes (IMAP, SendGrid "send raw", Mailgun's body-mime) → the
// neutral ParsedEmail, with mailparser's simpleParser doing the MIME work
// (encodings, charsets, multipart trees, HTML → text when there is no text part).
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { EmailAddress, ParsedEmail } from '@/lib/channels/email/parsed-email';
import { fingerprint, headerRecord, messageIdsIn, parseAddressList, singleMessageId } from '@/lib/channels/email/email-headers';

// The header block of a returned message is all a bounce needs; cap what we read of it.
const RETURNED_HEADERS_CHARS = 64 * 1024;

export async function parseRawEmail(raw: Buffer | string, extra: { deliveredTo?: string[]; source?: ParsedEmail['source'] } = {}): Promise<ParsedEmail> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const mail = await simpleParser(bytes, {
    // Keep cid: references as they are (no data: URIs inlined into the HTML),
    // skip the text → HTML rendition we never use, and keep the delivery
    // status part of a bounce as its own part so we can read it.
    skipImageLinks: true,
    skipTextToHtml: true,
    keepDeliveryStatus: true,
  });
  const headers = headerRecord(mail.headerLines.map((h) => [h.key, unfoldedValue(h.line)] as const));
  const from = mail.from?.value.find((a) => a.address || a.name);

  let returnedHeaders: string | undefined;
  let deliveryStatus: string | undefined;
  for (const a of mail.attachments) {
    const type = a.contentType.toLowerCase();
    if (!returnedHeaders && (type === 'message/rfc822' || type === 'text/rfc822-headers')) {
      returnedHeaders = a.content.subarray(0, RETURNED_HEADERS_CHARS).toString('utf8');
    }
    if (!deliveryStatus && (type === 'message/delivery-status' || type === 'message/global-delivery-status')) {
      deliveryStatus = a.content.subarray(0, RETURNED_HEADERS_CHARS).toString('utf8');
    }
  }

  return {
    source: extra.source ?? 'raw',
    messageId: singleMessageId(mail.messageId),
    inReplyTo: messageIdsIn(headers['in-reply-to']),
    references: messageIdsIn(headers['references']),
    // mailparser fills in "now" for a missing Date header; we want to know it was missing.
    date: headers['date']?.[0]?.trim() ? mail.date : undefined,
    from: from ? { address: from.address || undefined, name: from.name || undefined } : undefined,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    deliveredTo: [
      ...(extra.deliveredTo ?? []),
      ...['delivered-to', 'x-original-to', 'envelope-to'].flatMap((h) => (headers[h] ?? []).flatMap((v) => parseAddressList(v).map((a) => a.address))),
    ],
    subject: mail.subject,
    text: textOf(mail),
    html: typeof mail.html === 'string' && mail.html.trim() ? mail.html : undefined,
    attachments: mail.attachments.map((a) => ({
      name: a.filename || undefined,
      mime: a.contentType || 'application/octet-stream',
      size: a.size ?? a.content.length,
      cid: a.contentId ? a.contentId.replace(/^<|>$/g, '') : a.cid || undefined,
      inline: a.contentDisposition === 'inline' || a.related === true,
    })),
    headers,
    returnedHeaders,
    deliveryStatus,
    fingerprint: fingerprint(bytes),
  };
}

function unfoldedValue(line: string): string {
  const colon = line.indexOf(':');
  return (colon >= 0 ? line.slice(colon + 1) : line).replace(/\r?\n[ \t]+/g, ' ').trim();
}

function addresses(field: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  const flat = list.flatMap((o) => o.value.flatMap((a) => (a.group ? a.group : [a])));
  return flat.filter((a) => a.address?.includes('@')).map((a) => ({ address: a.address!, ...(a.name ? { name: a.name } : {}) }));
}

function textOf(mail: ParsedMail): string {
  return (mail.text ?? '').replace(/\r\n/g, '\n');
}
