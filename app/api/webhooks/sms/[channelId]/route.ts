// Twilio SMS/MMS webhook for `sms` channels (messages and status callbacks), answered with TwiML.
import { webhookRoute } from '@/lib/webhooks/webhook-route';
import { twilioWebhookAdapter } from '@/lib/channels/twilio/webhook';

export const POST = webhookRoute(twilioWebhookAdapter('sms'));
