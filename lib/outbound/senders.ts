// Provider → sender. Each provider's sender lives in lib/channels/<provider>/send.ts
// and talks to that provider's real API (base URLs come from
// lib/channels/provider-urls.ts so tests can point them at a local server).
import type { Provider } from '@/lib/generated/prisma/enums';
import type { Sender } from '@/lib/outbound/send-context';
import { PermanentSendError } from '@/lib/outbound/send-errors';
import { sendApiMessage } from '@/lib/channels/api/send';
import { sendEmailMessage } from '@/lib/channels/email/send';
import { sendChatMessage } from '@/lib/channels/chat/send';
import { sendXMessage } from '@/lib/channels/x/send';
import { sendTwilioMessage } from '@/lib/channels/twilio/send';
import { sendMessengerMessage } from '@/lib/channels/messenger/send';
import { sendInstagramMessage } from '@/lib/channels/instagram/send';
import { sendWhatsAppMessage } from '@/lib/channels/whatsapp/send';

const senders: Partial<Record<Provider, Sender>> = {
  api: sendApiMessage,
  email: sendEmailMessage,
  chat: sendChatMessage,
  x: sendXMessage,
  sms: sendTwilioMessage,
  // WhatsApp through Twilio (settings.transport = 'twilio'); the Cloud API sender takes the others.
  whatsapp: (ctx) => (ctx.channel.settings.transport === 'twilio' ? sendTwilioMessage(ctx) : sendWhatsAppMessage(ctx)),
  messenger: sendMessengerMessage,
  instagram: sendInstagramMessage,
};

const notAvailable = (provider: Provider): Sender => async () => {
  throw new PermanentSendError(`Sending on ${provider} is not available yet`);
};

export function senderFor(provider: Provider): Sender {
  const s = senders[provider];
  return s ?? notAvailable(provider);
}
