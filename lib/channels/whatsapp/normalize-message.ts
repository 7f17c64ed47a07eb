// One WhatsApp Cloud API message → an InboundMessage, or the reason it is
// not stored. Pure.
//   text                                 → text
//   image/video/audio/document/sticker   → attachment (mime, file name, the
//                                          lookaside URL when given); caption → text;
//                                          the media id in meta.media for later download
//   location                             → "name, address (lat, lng)" + a location attachment (geo: URI)
//   contacts                             → the shared names and numbers as text
//   interactive button_reply/list_reply  → the title as text
//   button (template quick reply)        → its text
//   order                                → a summary of the items as text
//   reaction, system, request_welcome, unsupported, anything with errors → not stored
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import { metaTime } from '@/lib/channels/meta/meta-time';
import type { WhatsAppError, WhatsAppMessage } from '@/lib/channels/whatsapp/schema';

type Attachment = NonNullable<InboundMessage['attachments']>[number];
const MEDIA = ['image', 'video', 'audio', 'document', 'sticker'] as const;

export function describeWhatsAppError(e: WhatsAppError | undefined): string {
  if (!e) return 'unknown error';
  const parts = [e.title, e.message && e.message !== e.title ? e.message : undefined, e.error_data?.details].filter(Boolean);
  return `${parts.join(' — ') || 'unknown error'}${e.code !== undefined ? ` (code ${e.code})` : ''}`;
}

export function normalizeWhatsAppMessage(m: WhatsAppMessage, contactName: string | undefined, now: Date): InboundMessage | { ignored: string } {
  const label = m.id ?? `message from ${m.from}`;
  if (m.errors?.length) return { ignored: `${label}: WhatsApp reported ${describeWhatsAppError(m.errors[0])}` };
  if (!m.id) return { ignored: `${label}: no message id` };
  let text = '';
  const attachments: Attachment[] = [];
  const meta: Record<string, unknown> = { kind: 'dm' };

  if (m.type === 'text' && m.text) text = m.text.body;
  else if ((MEDIA as readonly string[]).includes(m.type) && m[m.type as (typeof MEDIA)[number]]) {
    const media = m[m.type as (typeof MEDIA)[number]]!;
    text = media.caption ?? '';
    attachments.push({
      type: m.type === 'document' ? 'file' : m.type,
      ...(media.filename ? { name: media.filename } : m.type === 'audio' && media.voice ? { name: 'voice message' } : {}),
      ...(media.mime_type ? { mime: media.mime_type } : {}),
      ...(media.url && media.url.length <= 2000 ? { url: media.url } : {}),
    });
    if (media.id) meta.media = [{ index: 0, id: media.id, ...(media.sha256 ? { sha256: media.sha256 } : {}) }];
  } else if (m.type === 'location' && m.location) {
    const l = m.location;
    const place = [l.name, l.address].filter(Boolean).join(', ');
    text = `Location: ${place ? `${place} ` : ''}(${l.latitude}, ${l.longitude})`;
    attachments.push({ type: 'location', ...(place ? { name: place.slice(0, 300) } : {}), url: `geo:${l.latitude},${l.longitude}` });
  } else if (m.type === 'contacts' && m.contacts?.length) {
    const cards = m.contacts.map((c) => {
      const name = c.name?.formatted_name ?? c.name?.first_name ?? 'Contact';
      const phones = (c.phones ?? []).map((p) => p.phone ?? p.wa_id).filter(Boolean);
      return phones.length ? `${name} (${phones.join(', ')})` : name;
    });
    text = `Shared contact${cards.length > 1 ? 's' : ''}: ${cards.join('; ')}`;
    for (const card of cards) attachments.push({ type: 'contact', name: card.slice(0, 300) });
  } else if (m.type === 'interactive' && (m.interactive?.button_reply || m.interactive?.list_reply)) {
    const reply = (m.interactive.button_reply ?? m.interactive.list_reply)!;
    text = reply.title;
    if (reply.id) meta.interactiveReplyId = reply.id;
  } else if (m.type === 'button' && m.button) {
    text = m.button.text;
    if (m.button.payload) meta.buttonPayload = m.button.payload;
  } else if (m.type === 'order' && m.order) {
    const items = (m.order.product_items ?? []).map((i) => `${i.quantity} × ${i.product_retailer_id}${i.item_price !== undefined ? ` (${i.item_price} ${i.currency ?? ''})`.replace(' )', ')') : ''}`);
    text = [`Order: ${items.join(', ') || 'no items'}`, m.order.text].filter(Boolean).join('\n');
  } else if (m.type === 'reaction') {
    return { ignored: `${label}: reaction ${m.reaction?.emoji || '(removed)'} on ${m.reaction?.message_id ?? 'a message'}: reactions are not stored` };
  } else {
    return { ignored: `${label}: message type "${m.type}" is not supported` };
  }
  if (!text.trim() && !attachments.length) return { ignored: `${label}: empty ${m.type} message` };

  if (m.context?.forwarded) meta.forwarded = true;
  if (m.context?.frequently_forwarded) meta.frequentlyForwarded = true;
  if (m.referral) meta.referral = { sourceUrl: m.referral.source_url, sourceType: m.referral.source_type, sourceId: m.referral.source_id, headline: m.referral.headline };
  return {
    providerMessageId: m.id,
    sentAt: metaTime(m.timestamp, now),
    contact: { externalId: m.from, ...(contactName ? { name: contactName } : {}) },
    text,
    attachments,
    inReplyTo: m.context?.id && m.context.id !== m.id ? [m.context.id] : [],
    meta,
  };
}
