// X Account Activity webhook: GET answers the CRC check, POST receives
// mentions and DMs (lib/channels/x).
import { webhookRoute } from '@/lib/webhooks/webhook-route';
import { xWebhookAdapter } from '@/lib/channels/x/webhook';
import { answerXCrc } from '@/lib/channels/x/crc-response';

export const GET = answerXCrc;
export const POST = webhookRoute(xWebhookAdapter);
