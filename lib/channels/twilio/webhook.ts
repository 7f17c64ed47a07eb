// The Twilio adapter for lib/webhooks/webhook-route.ts, for SMS channels and
// WhatsApp channels whose transport is Twilio. Twilio wants TwiML back: an
// empty <Response/> (no auto-reply), also for duplicates and ignored events.
import { notFound } from '@/lib/api/errors';
import type { Provider } from '@/lib/generated/prisma/enums';
import type { WebhookAdapter, WebhookRequest } from '@/lib/webhooks/webhook-route';
import { verifyTwilioSignature } from '@/lib/channels/twilio/verify-signature';
import { parseTwilioForm, type TwilioPayload } from '@/lib/channels/twilio/schema';
import { normalizeTwilio } from '@/lib/channels/twilio/normalize';
import { recordChannelError } from '@/lib/channels/record-channel-health';

export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

export function twimlResponse(): Response {
  return new Response(EMPTY_TWIML, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
}

function verify(req: WebhookRequest) {
  // A WhatsApp channel on the Cloud API has no business on the Twilio URL.
  if (req.channel.channel.provider === 'whatsapp' && req.channel.settings.transport !== 'twilio') throw notFound('Channel');
  verifyTwilioSignature(req);
}

export function twilioWebhookAdapter(provider: Provider | Provider[]): WebhookAdapter<TwilioPayload> {
  return {
    provider,
    verify,
    parse: ({ raw, request }) => parseTwilioForm(raw, request.headers.get('content-type')),
    normalize: async (payload, channel) => {
      const batch = normalizeTwilio(payload, channel);
      // A message for another number reaching this URL is a setup mistake at Twilio: show it on the channel.
      if (payload.kind === 'message' && !batch.messages.length) await recordChannelError(channel.channel.id, `Ignored a Twilio message ${batch.ignored[0] ?? ''}; check which webhook URL each Twilio number uses`);
      return batch;
    },
    respond: () => twimlResponse(),
  };
}
