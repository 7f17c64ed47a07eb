// The email channel's WebhookAdapter: one route for the three inbound-email
// services; the channel's settings.inboundProvider says which one posts to it
// (postmark | sendgrid | mailgun), and so how the request is authenticated and
// read. Every format ends as a ParsedEmail and goes through normalize-email.ts.
import { ApiError } from '@/lib/api/errors';
import type { LoadedChannel } from '@/lib/channels/load-channel';
import type { WebhookAdapter, WebhookRequest } from '@/lib/webhooks/webhook-route';
import { MAX_EMAIL_BYTES, type ParsedEmail } from '@/lib/channels/email/parsed-email';
import { verifyBasicAuth } from '@/lib/channels/email/verify-basic-auth';
import { parsePostmark } from '@/lib/channels/email/postmark';
import { parseSendgrid } from '@/lib/channels/email/sendgrid';
import { parseMailgun, verifyMailgun } from '@/lib/channels/email/mailgun';
import { readFormData } from '@/lib/channels/email/read-form-data';
import { normalizeEmail } from '@/lib/channels/email/normalize-email';

// Email webhooks carry the attachments (Postmark as base64 inside the JSON),
// so the 1 MB cap of other providers would refuse ordinary mail, and a refused
// email is retried and then lost: they get MAX_EMAIL_BYTES instead.
export const EMAIL_WEBHOOK_MAX_BYTES = MAX_EMAIL_BYTES;

type InboundProvider = 'postmark' | 'sendgrid' | 'mailgun';

export function inboundProviderOf(channel: LoadedChannel): InboundProvider {
  const p = channel.settings.inboundProvider;
  if (p === 'postmark' || p === 'sendgrid' || p === 'mailgun') return p;
  throw new ApiError(404, 'not_found', 'This email channel does not receive mail by webhook (settings.inboundProvider is not postmark, sendgrid or mailgun)');
}

// Mailgun's signature travels in the form itself: read it once for verify and parse.
const forms = new WeakMap<WebhookRequest, Promise<FormData>>();
function mailgunForm(req: WebhookRequest): Promise<FormData> {
  let form = forms.get(req);
  if (!form) {
    form = readFormData(req.raw, req.request.headers.get('content-type'));
    forms.set(req, form);
  }
  return form;
}

export const emailWebhookAdapter: WebhookAdapter<ParsedEmail> = {
  provider: 'email',
  maxBodyBytes: EMAIL_WEBHOOK_MAX_BYTES,
  // Postmark and SendGrid authenticate with basic auth: checked before the (large) body is read.
  authorize: (request, channel) => {
    if (inboundProviderOf(channel) !== 'mailgun') verifyBasicAuth(request, channel.secrets);
  },
  // Mailgun signs fields inside the body.
  verify: async (req) => {
    if (inboundProviderOf(req.channel) === 'mailgun') verifyMailgun(await mailgunForm(req), req.channel.secrets);
  },
  parse: async (req) => {
    const provider = inboundProviderOf(req.channel);
    if (provider === 'postmark') return parsePostmark(req.raw);
    if (provider === 'sendgrid') return parseSendgrid(req.raw, req.request.headers.get('content-type'));
    return parseMailgun(await mailgunForm(req));
  },
  normalize: (email, channel) => {
    const address = typeof channel.settings.address === 'string' ? channel.settings.address : channel.channel.externalId ?? undefined;
    const n = normalizeEmail(email, { channelAddress: address });
    return { messages: n.message ? [n.message] : [], statuses: n.status ? [n.status] : [], ignored: n.ignored ? [n.ignored] : [] };
  },
};
