// Twilio's messaging webhooks are form-encoded (application/x-www-form-urlencoded):
// an inbound SMS/MMS/WhatsApp message, or a status callback for a message we
// sent (MessageStatus, no Body). Parsed with URLSearchParams, then zod; the
// result says which of the two it is, so normalize never has to guess.
import { z } from 'zod';
import { badRequest } from '@/lib/api/errors';

// Statuses of an outbound message (status callbacks); received/receiving belong to inbound messages.
export const OUTBOUND_STATUSES = ['accepted', 'scheduled', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read', 'canceled', 'partially_delivered'] as const;
export type TwilioOutboundStatus = (typeof OUTBOUND_STATUSES)[number];

const sid = z.string().min(2).max(64);
const text = (max: number) => z.string().max(max).optional();
const coordinate = z.string().regex(/^-?\d{1,3}(\.\d+)?$/, 'must be a decimal coordinate').optional();

export const twilioFormSchema = z.looseObject({
  AccountSid: sid.optional(),
  MessageSid: sid.optional(),
  SmsMessageSid: sid.optional(),
  SmsSid: sid.optional(),
  MessagingServiceSid: sid.optional(),
  From: text(120),
  To: text(120),
  Body: text(50_000),
  NumMedia: z.coerce.number().int().min(0).max(100).optional(),
  MessageStatus: text(40),
  SmsStatus: text(40),
  ErrorCode: text(20),
  ErrorMessage: text(1000),
  ProfileName: text(200),
  WaId: text(40),
  MessageType: text(40),
  Latitude: coordinate,
  Longitude: coordinate,
  Address: text(500),
  Label: text(500),
});

export type TwilioForm = z.infer<typeof twilioFormSchema>;
export type TwilioMedia = { url: string; contentType?: string };

export type TwilioPayload =
  | { kind: 'status'; sid: string; status: TwilioOutboundStatus; errorCode?: string; errorMessage?: string }
  | { kind: 'message'; sid: string; from: string; form: TwilioForm; media: TwilioMedia[] };

const isOutboundStatus = (s: string | undefined): s is TwilioOutboundStatus => !!s && (OUTBOUND_STATUSES as readonly string[]).includes(s);

export function parseTwilioForm(raw: string, contentType: string | null): TwilioPayload {
  if (contentType && !contentType.toLowerCase().includes('application/x-www-form-urlencoded')) {
    throw badRequest(`Expected a form-encoded body (application/x-www-form-urlencoded), got ${contentType.slice(0, 100)}`);
  }
  const fields: Record<string, string> = Object.fromEntries(new URLSearchParams(raw));
  const form = twilioFormSchema.parse(fields);
  const messageSid = form.MessageSid ?? form.SmsMessageSid ?? form.SmsSid;
  if (!messageSid) throw badRequest('Malformed payload: MessageSid (or SmsSid) is required');
  const status = isOutboundStatus(form.MessageStatus) ? form.MessageStatus : !form.MessageStatus && isOutboundStatus(form.SmsStatus) ? form.SmsStatus : undefined;
  if (status) return { kind: 'status', sid: messageSid, status, errorCode: form.ErrorCode, errorMessage: form.ErrorMessage };
  if (!form.From?.trim()) throw badRequest('Malformed payload: From is required for an inbound message');
  const media: TwilioMedia[] = [];
  for (let i = 0; i < Math.min(form.NumMedia ?? 0, 10); i++) {
    const url = fields[`MediaUrl${i}`];
    if (!url) continue;
    if (url.length > 2000 || !/^https?:\/\//i.test(url)) throw badRequest(`Malformed payload: MediaUrl${i} is not a URL`);
    media.push({ url, contentType: fields[`MediaContentType${i}`]?.slice(0, 200) });
  }
  return { kind: 'message', sid: messageSid, from: form.From.trim(), form, media };
}
