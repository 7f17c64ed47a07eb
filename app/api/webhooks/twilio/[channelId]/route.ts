// Twilio webhook for `sms` channels and for `whatsapp` channels whose
// transport is Twilio (settings.transport = 'twilio'): messages and the status
// callbacks of our sends (StatusCallback points here), answered with TwiML.
import { webhookRoute } from '@/lib/webhooks/webhook-route';
import { twilioWebhookAdapter } from '@/lib/channels/twilio/webhook';

export const POST = webhookRoute(twilioWebhookAdapter(['sms', 'whatsapp']));
