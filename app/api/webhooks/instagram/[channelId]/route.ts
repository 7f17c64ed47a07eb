// Instagram webhook: GET is Meta's verification handshake, POST the events.
import { webhookRoute } from '@/lib/webhooks/webhook-route';
import { handleMetaVerification } from '@/lib/channels/meta/handle-verification';
import { instagramWebhook } from '@/lib/channels/instagram/webhook';

export const GET = handleMetaVerification('instagram');
export const POST = webhookRoute(instagramWebhook);
