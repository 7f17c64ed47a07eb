// Provider → sender. Each provider's sender lives in lib/channels/<provider>/send.ts
// and talks to that provider's real API (base URLs come from
// lib/channels/provider-urls.ts so tests can point them at a local server).
import type { Provider } from '@/lib/generated/prisma/enums';
import type { Sender } from '@/lib/outbound/send-context';
import { PermanentSendError } from '@/lib/outbound/send-errors';
import { sendApiMessage } from '@/lib/channels/api/send';

const senders: Partial<Record<Provider, Sender>> = {
  api: sendApiMessage,
};

export function senderFor(provider: Provider): Sender {
  const s = senders[provider];
  if (!s) return async () => { throw new PermanentSendError(`Sending on ${provider} is not available yet`); };
  return s;
}
