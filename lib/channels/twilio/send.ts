// Agent replies through Twilio's Messages API, for SMS channels and WhatsApp
// channels on the Twilio transport:
//   POST {twilio}/2010-04-01/Accounts/{AccountSid}/Messages.json (form-encoded,
//   Basic auth AccountSid:authToken) with To, From (or MessagingServiceSid),
//   Body, MediaUrl and StatusCallback = our Twilio webhook for this channel.
// Twilio answers 201 with the message's sid and status "queued": the provider
// accepted it, so it is "sent" for us; delivery and read come by callback.
// Errors are JSON {code, message, more_info, status}: 429/5xx retry, other 4xx
// (21211 invalid To, 21610 unsubscribed, ...) are shown on the message.
import type { Sender, SendContext } from '@/lib/outbound/send-context';
import { PermanentSendError, sendErrorFromResponse, sendErrorFromNetwork } from '@/lib/outbound/send-errors';
import { providerUrls } from '@/lib/channels/provider-urls';
import { normalisePhone } from '@/lib/ingest/resolve-contact';
import { appUrl } from '@/lib/env';

export function twilioStatusCallbackUrl(channelId: string): string {
  return `${(process.env.APP_URL ?? appUrl()).replace(/\/$/, '')}/api/webhooks/twilio/${channelId}`;
}

// Pure: the form fields of the Messages API call.
export function twilioMessageParams(ctx: Pick<SendContext, 'channel' | 'message' | 'recipient'>): URLSearchParams {
  const { channel, message, recipient } = ctx;
  const whatsapp = channel.channel.provider === 'whatsapp' || /^whatsapp:/i.test(recipient.externalId);
  const to = whatsapp ? `whatsapp:${normalisePhone(recipient.externalId) ?? recipient.externalId}` : recipient.externalId;
  const ours = String(channel.settings.phoneNumber ?? channel.settings.displayPhoneNumber ?? channel.channel.externalId ?? '');
  const service = channel.settings.messagingServiceSid;
  const form = new URLSearchParams({ To: to });
  if (typeof service === 'string' && service) form.set('MessagingServiceSid', service);
  else if (ours) form.set('From', whatsapp ? `whatsapp:${normalisePhone(ours) ?? ours}` : ours);
  else throw new PermanentSendError('This Twilio channel has no phone number or messaging service to send from');
  form.set('Body', message.text);
  const attachments = Array.isArray(message.attachments) ? (message.attachments as { url?: unknown }[]) : [];
  for (const a of attachments.slice(0, 10)) if (typeof a.url === 'string' && /^https:\/\//.test(a.url)) form.append('MediaUrl', a.url);
  form.set('StatusCallback', twilioStatusCallbackUrl(channel.channel.id));
  return form;
}

export const sendTwilioMessage: Sender = async (ctx) => {
  const accountSid = String(ctx.channel.settings.accountSid ?? ctx.channel.secrets.accountSid ?? '');
  const authToken = ctx.channel.secrets.authToken;
  if (!accountSid || !authToken) throw new PermanentSendError('This Twilio channel is missing its Account SID or auth token');
  if ((ctx.message.meta as Record<string, unknown> | null)?.template) {
    throw new PermanentSendError('WhatsApp templates through Twilio need a Content SID, which Switchboard does not send yet');
  }
  const url = `${providerUrls().twilio}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: twilioMessageParams(ctx).toString(),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw sendErrorFromNetwork('Twilio', err);
  }
  const raw = await res.text();
  let body: { sid?: unknown; code?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(raw);
  } catch {
    // an error page; the status says enough
  }
  if (!res.ok) {
    const detail = typeof body.message === 'string' ? `${body.message}${body.code ? ` (Twilio error ${body.code})` : ''}` : '';
    throw sendErrorFromResponse('Twilio', res.status, detail.slice(0, 300), res.headers.get('retry-after'));
  }
  if (typeof body.sid !== 'string') throw new PermanentSendError('Twilio accepted the message but returned no sid');
  return { providerMessageId: body.sid, status: 'sent' };
};
