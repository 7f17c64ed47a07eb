// Mailgun routes (forward to a URL): multipart or urlencoded fields
// `body-plain`, `body-html`, `stripped-text`, `message-headers` (JSON list of
// [name, value]), `Message-Id`, `In-Reply-To`, `References`, `from`,
// `recipient`, attachment file parts (`attachment-N`) or, for stored
// messages, an `attachments` JSON list; `body-mime` when the route posts the
// raw MIME (a URL ending in "mime"). Authenticated by
//   signature = hex(HMAC-SHA256(signingKey, timestamp + token))
// with the channel's secret signingKey; a timestamp more than 15 minutes away
// from now is refused, so a captured request cannot be replayed later.
import crypto from 'node:crypto';
import { z } from 'zod';
import { ApiError, badRequest } from '@/lib/api/errors';
import { timingSafeEqualStr } from '@/lib/crypto';
import type { ParsedEmail } from '@/lib/channels/email/parsed-email';
import { parseRawEmail } from '@/lib/channels/email/parse-raw-email';
import { htmlToPlainText } from '@/lib/channels/email/html-to-plain-text';
import { field, jsonField } from '@/lib/channels/email/read-form-data';
import { fingerprint, headerRecord, messageIdsIn, parseAddressList, parseEmailDate, singleMessageId } from '@/lib/channels/email/email-headers';

export const MAILGUN_MAX_AGE_MS = 15 * 60 * 1000;

export function mailgunSignature(signingKey: string, timestamp: string, token: string): string {
  return crypto.createHmac('sha256', signingKey).update(timestamp + token).digest('hex');
}

export function verifyMailgun(form: FormData, secrets: Record<string, string>, now = Date.now()): void {
  const timestamp = field(form, 'timestamp');
  const token = field(form, 'token');
  const signature = field(form, 'signature');
  if (!timestamp || !token || !signature) throw new ApiError(401, 'unauthorized', 'Missing Mailgun signature fields (timestamp, token, signature)');
  if (!secrets.signingKey) throw new ApiError(403, 'forbidden', 'This channel has no Mailgun signing key');
  if (!timingSafeEqualStr(signature.toLowerCase(), mailgunSignature(secrets.signingKey, timestamp, token))) {
    throw new ApiError(403, 'forbidden', 'Mailgun signature does not match');
  }
  const at = Number(timestamp) * 1000;
  if (!Number.isFinite(at) || Math.abs(now - at) > MAILGUN_MAX_AGE_MS) {
    throw new ApiError(403, 'forbidden', 'Mailgun timestamp is more than 15 minutes away from now');
  }
}

const headerList = z.array(z.tuple([z.string(), z.string()]));
const storedAttachments = z.array(z.object({ name: z.string().optional(), 'content-type': z.string().optional(), size: z.number().optional() }).passthrough());
const cidMap = z.record(z.string(), z.string());

export async function parseMailgun(form: FormData): Promise<ParsedEmail> {
  const recipient = field(form, 'recipient');
  const deliveredTo = recipient ? parseAddressList(recipient).map((a) => a.address) : [];
  const mime = field(form, 'body-mime');
  if (mime) return parseRawEmail(mime, { deliveredTo, source: 'mailgun' });

  const listed = jsonField(form, 'message-headers', headerList) ?? [];
  const headers = headerRecord(listed);
  const h = (name: string) => headers[name.toLowerCase()]?.[0] ?? field(form, name);
  const fromValue = field(form, 'from') ?? h('From');
  if (!fromValue && !field(form, 'sender')) throw badRequest('Not a Mailgun route body: it has no "from" or "sender" field');
  const sender = parseAddressList(fromValue ?? field(form, 'sender'))[0];

  const cids = Object.fromEntries(Object.entries(jsonField(form, 'content-id-map', cidMap) ?? {}).map(([cid, part]) => [part, cid.replace(/^<|>$/g, '')]));
  const files = [...form.entries()].filter((e): e is [string, File] => typeof e[1] !== 'string');
  const stored = jsonField(form, 'attachments', storedAttachments) ?? [];
  const html = field(form, 'body-html')?.trim() ? field(form, 'body-html') : undefined;
  const text = field(form, 'body-plain') ?? '';

  return {
    source: 'mailgun',
    messageId: singleMessageId(h('Message-Id')),
    inReplyTo: messageIdsIn(h('In-Reply-To')),
    references: messageIdsIn(h('References')),
    date: parseEmailDate(h('Date')),
    from: sender ? { address: sender.address, name: sender.name } : undefined,
    to: parseAddressList(h('To')),
    cc: parseAddressList(h('Cc')),
    deliveredTo,
    subject: field(form, 'subject') ?? h('Subject'),
    text: text.trim() ? text.replace(/\r\n/g, '\n') : html ? await htmlToPlainText(html) : '',
    html,
    strippedText: field(form, 'stripped-text') || undefined,
    attachments: [
      ...files.map(([name, file]) => ({ name: file.name || undefined, mime: file.type || 'application/octet-stream', size: file.size, cid: cids[name], inline: Boolean(cids[name]) })),
      ...stored.map((a) => ({ name: a.name, mime: a['content-type'] || 'application/octet-stream', size: a.size ?? 0, inline: false })),
    ],
    headers,
    fingerprint: fingerprint('mailgun', h('Message-Id'), fromValue, h('Date'), field(form, 'subject'), text, html),
  };
}
