// API channel body → the provider-neutral inbound message. The sender is known
// by handle, else email, else phone, else name: whatever the source gives.
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import { normalisePhone } from '@/lib/ingest/resolve-contact';
import type { ApiMessageBody } from '@/lib/channels/api/schema';

export function normalizeApiMessage(body: ApiMessageBody, now = new Date()): InboundMessage {
  const c = body.contact;
  const phone = c.phone ? normalisePhone(c.phone) : undefined;
  const externalId = c.handle?.toLowerCase() ?? c.email ?? phone ?? `name:${c.name.toLowerCase()}`;
  return {
    providerMessageId: body.externalId,
    sentAt: body.sentAt ? new Date(body.sentAt) : now,
    contact: { externalId, name: c.name, handle: c.handle, email: c.email, phone, followers: c.followers, verified: c.verified },
    text: body.text,
    subject: body.subject,
    attachments: body.attachments ?? [],
    meta: body.url ? { url: body.url } : {},
  };
}
