// Messenger webhook: GET is Meta's verification handshake, POST the events.
import { webhookRoute } from '@/lib/webhooks/webhook-route';
import { handleMetaVerification } from '@/lib/channels/meta/handle-verification';
import { messengerWebhook } from '@/lib/channels/messenger/webhook';

export const GET = handleMetaVerification('messenger');
export const POST = webhookRoute(messengerWebhook);
