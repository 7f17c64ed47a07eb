// WhatsApp Cloud API replies: POST /{phone-number-id}/messages with
// Authorization: Bearer <access token>:
//   { messaging_product: "whatsapp", recipient_type: "individual", to: <wa_id>,
//     type: "text", text: { body, preview_url: false } }
// or, when the agent chose an approved template (outside the 24-hour window),
//   type: "template", template: { name, language: { code } }.
// Graph answers { messages: [{ id: "wamid…" }] }; later status webhooks
// (sent, delivered, read, failed) update the message by that wamid.
import type { Sender } from '@/lib/outbound/send-context';
import { PermanentSendError } from '@/lib/outbound/send-errors';
import { graphRequest, requireToken } from '@/lib/channels/meta/graph-request';

type Template = { name: string; language: string };

export const sendWhatsAppMessage: Sender = async ({ channel, message, recipient }) => {
  const token = requireToken(channel.secrets.accessToken, 'WhatsApp access token');
  const phoneNumberId = channel.settings.phoneNumberId;
  if (typeof phoneNumberId !== 'string' || !phoneNumberId) throw new PermanentSendError('This channel has no WhatsApp phone number id; add it in the channel settings');
  const template = (message.meta as { template?: Template } | null)?.template;
  const content = template
    ? { type: 'template', template: { name: template.name, language: { code: template.language } } }
    : { type: 'text', text: { body: message.text, preview_url: false } };
  const res = await graphRequest<{ messages?: { id?: string }[] }>('WhatsApp', 'POST', `${encodeURIComponent(phoneNumberId)}/messages`, token, {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: recipient.externalId.replace(/^\+/, ''),
    ...content,
  });
  const wamid = res.messages?.[0]?.id;
  if (!wamid) throw new PermanentSendError('Delivery unknown: WhatsApp answered without a message id');
  return { providerMessageId: wamid, status: 'sent' };
};
