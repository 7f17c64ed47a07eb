// Postmark inbound webhook: a JSON body with From/FromFull, ToFull, CcFull,
// Subject, Date, TextBody, HtmlBody, StrippedTextReply, Headers[{Name, Value}]
// and Attachments[{Name, ContentType, ContentLength, ContentID, Content}]
// (base64). When the server is set to include the raw email (RawEmail), that
// is parsed instead, for full fidelity. Authenticated by Basic auth (see
// verify-basic-auth.ts).
import { z } from 'zod';
import { badRequest } from '@/lib/api/errors';
import type { ParsedEmail } from '@/lib/channels/email/parsed-email';
import { parseRawEmail } from '@/lib/channels/email/parse-raw-email';
import { htmlToPlainText } from '@/lib/channels/email/html-to-plain-text';
import { fingerprint, headerRecord, messageIdsIn, parseAddressList, parseEmailDate, singleMessageId } from '@/lib/channels/email/email-headers';

const str = z.string().nullish();
const person = z.object({ Email: str, Name: str }).passthrough();

export const postmarkInbound = z
  .object({
    From: str,
    FromName: str,
    FromFull: person.nullish(),
    ToFull: z.array(person).nullish(),
    CcFull: z.array(person).nullish(),
    OriginalRecipient: str,
    Subject: str,
    MessageID: str,
    Date: str,
    TextBody: str,
    HtmlBody: str,
    StrippedTextReply: str,
    RawEmail: str,
    Headers: z.array(z.object({ Name: z.string(), Value: z.string().nullish() })).nullish(),
    Attachments: z
      .array(z.object({ Name: str, ContentType: str, ContentLength: z.number().int().nonnegative().nullish(), ContentID: str, Content: str }).passthrough())
      .nullish(),
  })
  .passthrough()
  .refine((b) => Boolean(b.FromFull?.Email || b.From || b.RawEmail), { message: 'A Postmark inbound message has From or FromFull', path: ['FromFull'] });

export type PostmarkInbound = z.infer<typeof postmarkInbound>;

const REPORT_BYTES = 64 * 1024;

export async function parsePostmark(raw: string): Promise<ParsedEmail> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw badRequest(`Body is not valid JSON: ${(err as Error).message}`);
  }
  const b = postmarkInbound.parse(json);
  const recipients = [b.OriginalRecipient ?? ''].filter(Boolean);
  if (b.RawEmail) {
    const email = await parseRawEmail(b.RawEmail, { deliveredTo: recipients, source: 'postmark' });
    return { ...email, strippedText: b.StrippedTextReply || undefined };
  }

  const headers = headerRecord((b.Headers ?? []).map((h) => [h.Name, h.Value ?? ''] as const));
  const attachments = b.Attachments ?? [];
  const decoded = (type: string) => {
    const a = attachments.find((x) => x.ContentType?.toLowerCase() === type && x.Content);
    return a ? Buffer.from(a.Content!.slice(0, Math.ceil((REPORT_BYTES * 4) / 3)), 'base64').toString('utf8') : undefined;
  };
  const from = b.FromFull?.Email ? b.FromFull : parseAddressList(b.From).map((a) => ({ Email: a.address, Name: a.name }))[0];
  const people = (list: PostmarkInbound['ToFull']) => (list ?? []).filter((p) => p.Email).map((p) => ({ address: p.Email!, ...(p.Name ? { name: p.Name } : {}) }));
  const html = b.HtmlBody?.trim() ? b.HtmlBody : undefined;

  return {
    source: 'postmark',
    messageId: singleMessageId(headers['message-id']?.[0]),
    inReplyTo: messageIdsIn(headers['in-reply-to']),
    references: messageIdsIn(headers['references']),
    date: parseEmailDate(b.Date ?? headers['date']?.[0]),
    from: from ? { address: from.Email || undefined, name: from.Name || b.FromName || undefined } : undefined,
    to: people(b.ToFull),
    cc: people(b.CcFull),
    deliveredTo: [...recipients, ...['delivered-to', 'x-original-to'].flatMap((h) => (headers[h] ?? []).flatMap((v) => parseAddressList(v).map((a) => a.address)))],
    subject: b.Subject ?? undefined,
    text: b.TextBody?.trim() ? b.TextBody.replace(/\r\n/g, '\n') : html ? await htmlToPlainText(html) : '',
    html,
    strippedText: b.StrippedTextReply || undefined,
    attachments: attachments.map((a) => ({
      name: a.Name || undefined,
      mime: a.ContentType || 'application/octet-stream',
      size: a.ContentLength ?? Math.floor(((a.Content?.length ?? 0) * 3) / 4),
      cid: a.ContentID ? a.ContentID.replace(/^cid:/i, '').replace(/^<|>$/g, '') : undefined,
      inline: Boolean(a.ContentID),
    })),
    headers,
    returnedHeaders: decoded('message/rfc822') ?? decoded('text/rfc822-headers'),
    deliveryStatus: decoded('message/delivery-status'),
    // Postmark's own MessageID is unique per inbound message and repeated on retries.
    fingerprint: fingerprint('postmark', b.MessageID ?? '', b.From ?? '', b.Date ?? '', b.Subject ?? '', b.TextBody ?? '', b.HtmlBody ?? ''),
  };
}
