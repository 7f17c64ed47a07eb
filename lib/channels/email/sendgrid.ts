// SendGrid Inbound Parse: multipart/form-data. With "POST the raw, full MIME
// message" on, the field `email` holds the raw message (parsed as such);
// otherwise the fields `from`, `to`, `cc`, `subject`, `text`, `html`,
// `headers` (the raw header block), `envelope` (JSON), `attachment-info`
// (JSON) and one file part per attachment. Authenticated by Basic auth in the
// webhook URL (see verify-basic-auth.ts).
import { z } from 'zod';
import { badRequest } from '@/lib/api/errors';
import type { ParsedEmail } from '@/lib/channels/email/parsed-email';
import { parseRawEmail } from '@/lib/channels/email/parse-raw-email';
import { htmlToPlainText } from '@/lib/channels/email/html-to-plain-text';
import { field, jsonField, readFormData } from '@/lib/channels/email/read-form-data';
import { fingerprint, headerPairsFromBlock, headerRecord, messageIdsIn, parseAddressList, parseEmailDate, singleMessageId } from '@/lib/channels/email/email-headers';

const envelopeSchema = z.object({ to: z.array(z.string()).optional(), from: z.string().nullish() }).passthrough();
const attachmentInfoSchema = z.record(z.string(), z.object({ filename: z.string().optional(), name: z.string().optional(), type: z.string().optional(), 'content-id': z.string().optional() }).passthrough());

export async function parseSendgrid(raw: string, contentType: string | null): Promise<ParsedEmail> {
  const form = await readFormData(raw, contentType);
  const rawEmail = field(form, 'email');
  const from = field(form, 'from');
  if (!rawEmail && !from) throw badRequest('Not a SendGrid Inbound Parse body: it has neither an "email" nor a "from" field');
  const envelope = jsonField(form, 'envelope', envelopeSchema);
  const envelopeTo = envelope?.to ?? [];

  if (rawEmail) return parseRawEmail(rawEmail, { deliveredTo: envelopeTo, source: 'sendgrid' });

  const headers = headerRecord(headerPairsFromBlock(field(form, 'headers') ?? ''));
  const info = jsonField(form, 'attachment-info', attachmentInfoSchema) ?? {};
  const files = [...form.entries()].filter((e): e is [string, File] => typeof e[1] !== 'string');
  const html = field(form, 'html')?.trim() ? field(form, 'html') : undefined;
  const text = field(form, 'text') ?? '';
  const sender = parseAddressList(from)[0];

  return {
    source: 'sendgrid',
    messageId: singleMessageId(headers['message-id']?.[0]),
    inReplyTo: messageIdsIn(headers['in-reply-to']),
    references: messageIdsIn(headers['references']),
    date: parseEmailDate(headers['date']?.[0]),
    from: sender ? { address: sender.address, name: sender.name } : { name: from?.trim() || undefined },
    to: parseAddressList(field(form, 'to')),
    cc: parseAddressList(field(form, 'cc')),
    deliveredTo: [...envelopeTo, ...['delivered-to', 'x-original-to'].flatMap((h) => (headers[h] ?? []).flatMap((v) => parseAddressList(v).map((a) => a.address)))],
    subject: field(form, 'subject') ?? headers['subject']?.[0],
    text: text.trim() ? text.replace(/\r\n/g, '\n') : html ? await htmlToPlainText(html) : '',
    html,
    attachments: files.map(([name, file]) => {
      const meta = info[name] ?? {};
      const cid = meta['content-id'];
      return {
        name: meta.filename || meta.name || file.name || undefined,
        mime: meta.type || file.type || 'application/octet-stream',
        size: file.size,
        cid: cid ? cid.replace(/^<|>$/g, '') : undefined,
        inline: Boolean(cid),
      };
    }),
    headers,
    fingerprint: fingerprint('sendgrid', field(form, 'headers'), from, field(form, 'subject'), text, html),
  };
}
