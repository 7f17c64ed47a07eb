// Twilio webhook → inbound message or delivery status.
// - Inbound SMS/MMS (MediaUrlN → attachments), WhatsApp through Twilio
//   (From=whatsapp:+…, ProfileName, WaId; Latitude/Longitude → text + a
//   location attachment). NUL bytes are stripped (Postgres text cannot hold them).
// - The contact: E.164 phone for SMS; on a WhatsApp channel the wa_id
//   (digits, as the WhatsApp Cloud API names the same person).
// - A message addressed to another number, messaging service or account than
//   this channel's is ignored (answered, nothing stored): the signature proves
//   it is from our Twilio account, so it is a routing mistake, not an attack.
// - Status callbacks: sent, delivered, read; failed/undelivered/canceled with
//   Twilio's error; accepted/queued/sending/scheduled say nothing new.
import type { LoadedChannel } from '@/lib/channels/load-channel';
import type { StatusUpdate } from '@/lib/ingest/apply-delivery-status';
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import { normalisePhone } from '@/lib/ingest/resolve-contact';
import type { NormalizedBatch } from '@/lib/webhooks/webhook-route';
import type { TwilioForm, TwilioPayload } from '@/lib/channels/twilio/schema';

// Agent-readable texts for the error codes status callbacks carry without an ErrorMessage.
const ERROR_TEXT: Record<string, string> = {
  '21610': 'The recipient has unsubscribed (replied STOP)',
  '30003': 'Unreachable destination handset',
  '30004': 'Message blocked by the recipient or carrier',
  '30005': 'Unknown destination handset',
  '30006': 'Landline or unreachable carrier',
  '30007': 'Filtered by the carrier as spam',
  '30008': 'Unknown error',
  '63016': 'Outside the WhatsApp 24-hour window: send an approved template',
};

const strip = (s: string | undefined) => s?.replace(/\u0000/g, '');

export function channelNumber(channel: LoadedChannel): string | undefined {
  const raw = channel.settings.phoneNumber ?? channel.settings.displayPhoneNumber ?? channel.channel.externalId;
  return typeof raw === 'string' && raw ? normalisePhone(raw) : undefined;
}

export function normalizeTwilio(payload: TwilioPayload, channel: LoadedChannel, now = new Date()): NormalizedBatch {
  if (payload.kind === 'status') {
    const update = statusUpdate(payload, now);
    return typeof update === 'string' ? { messages: [], statuses: [], ignored: [update] } : { messages: [], statuses: [update], ignored: [] };
  }
  const problem = addressingProblem(payload.form, channel);
  if (problem) return { messages: [], statuses: [], ignored: [`${payload.sid}: ${problem}`] };
  return { messages: [inboundMessage(payload, channel.channel.provider, now)], statuses: [], ignored: [] };
}

export function addressingProblem(form: TwilioForm, channel: LoadedChannel): string | null {
  const accountSid = channel.settings.accountSid;
  if (typeof accountSid === 'string' && accountSid && form.AccountSid && form.AccountSid !== accountSid) return `AccountSid ${form.AccountSid} is not this channel's account`;
  const service = channel.settings.messagingServiceSid;
  if (form.MessagingServiceSid && typeof service === 'string' && form.MessagingServiceSid === service) return null;
  if (form.To) {
    const ours = channelNumber(channel);
    const to = normalisePhone(form.To);
    if (ours && to !== ours) return `sent to ${form.To}, not this channel's number`;
    return null;
  }
  if (form.MessagingServiceSid) return `sent to messaging service ${form.MessagingServiceSid}, not this channel's`;
  return null;
}

function statusUpdate(p: Extract<TwilioPayload, { kind: 'status' }>, at: Date): StatusUpdate | string {
  switch (p.status) {
    case 'sent':
    case 'delivered':
    case 'read':
      return { providerMessageId: p.sid, status: p.status, at };
    case 'partially_delivered':
      return { providerMessageId: p.sid, status: 'delivered', at };
    case 'failed':
    case 'undelivered':
    case 'canceled': {
      const what = p.status === 'failed' ? 'Failed' : p.status === 'undelivered' ? 'Undelivered' : 'Canceled';
      const detail = p.errorMessage || (p.errorCode ? ERROR_TEXT[p.errorCode] : undefined);
      const error = `${what}${p.errorCode ? ` (Twilio error ${p.errorCode})` : ''}${detail ? `: ${detail}` : ''}`;
      return { providerMessageId: p.sid, status: 'failed', at, error };
    }
    default:
      return `${p.sid}: status ${p.status} says nothing new`;
  }
}

function inboundMessage(p: Extract<TwilioPayload, { kind: 'message' }>, provider: string, now: Date): InboundMessage {
  const f = p.form;
  const attachments: NonNullable<InboundMessage['attachments']> = p.media.map((m) => ({
    type: mediaType(m.contentType),
    url: m.url,
    mime: m.contentType,
    name: m.url.split('/').pop()?.split('?')[0]?.slice(0, 300),
  }));
  let text = strip(f.Body) ?? '';
  if (f.Latitude && f.Longitude) {
    const place = strip(f.Label ?? f.Address);
    const where = `${f.Latitude}, ${f.Longitude}`;
    attachments.push({ type: 'location', name: place || where, url: `https://www.google.com/maps?q=${f.Latitude},${f.Longitude}` });
    if (!text.trim()) text = `Location: ${place ? `${place} ` : ''}(${where})`;
  }
  return {
    providerMessageId: p.sid,
    sentAt: now, // Twilio's webhook carries no timestamp
    contact: contactFor(p.from, f, provider),
    text,
    attachments,
    meta: { transport: 'twilio', ...(f.To ? { to: f.To } : {}), ...(f.MessagingServiceSid ? { messagingServiceSid: f.MessagingServiceSid } : {}) },
  };
}

function contactFor(from: string, f: TwilioForm, provider: string): InboundMessage['contact'] {
  const isWhatsApp = /^whatsapp:/i.test(from);
  const phone = normalisePhone(from);
  const name = strip(f.ProfileName)?.trim() || undefined;
  if (provider === 'whatsapp') {
    const waId = (f.WaId ?? phone ?? from.replace(/^whatsapp:/i, '')).replace(/^\+/, '');
    return { externalId: waId, phone, name };
  }
  // Keep the whatsapp: prefix on an SMS channel, so that a reply goes back over WhatsApp.
  const address = phone ?? from;
  return { externalId: isWhatsApp ? `whatsapp:${address.replace(/^whatsapp:/i, '')}` : address, phone, name };
}

function mediaType(mime: string | undefined): string {
  const top = mime?.split('/')[0];
  return top === 'image' || top === 'video' || top === 'audio' ? top : 'file';
}
