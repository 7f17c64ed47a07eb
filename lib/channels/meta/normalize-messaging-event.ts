// One Messenger or Instagram messaging event → a MetaEvent. Pure.
//   message       → inbound DM (text, attachments, reply_to → inReplyTo)
//   message echo  → ignored: our own sends are already stored; sends made from
//                   the Page/Instagram inbox outside Switchboard are not shown
//                   (storing them would race with our worker recording the mid)
//   is_deleted    → unsend (the stored message is blanked and marked meta.unsent)
//   postback      → inbound text: the button's title
//   delivery/read → receipts → delivery statuses on our outbound messages
//   reaction, referral, optin, handover, unsupported types → ignored with a reason
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import { metaTime } from '@/lib/channels/meta/meta-time';
import { ignored, type MetaEvent } from '@/lib/channels/meta/meta-event';
import type { MessagingEvent } from '@/lib/channels/meta/messaging-schema';

type Attachment = NonNullable<InboundMessage['attachments']>[number];
type RawAttachment = NonNullable<NonNullable<MessagingEvent['message']>['attachments']>[number];

const ENVELOPE_KEYS = new Set(['sender', 'recipient', 'timestamp']);

export function toMetaAttachment(a: RawAttachment): Attachment {
  const p = a.payload ?? {};
  if (p.coordinates) return { type: 'location', ...(p.title ? { name: p.title } : {}), url: `geo:${p.coordinates.lat},${p.coordinates.long}` };
  const url = p.url ?? p.story_media_url;
  const type = a.type === 'image' && p.sticker_id !== undefined ? 'sticker' : a.type;
  return { type, ...(p.title ? { name: p.title.slice(0, 300) } : {}), ...(url && url.length <= 2000 ? { url } : {}) };
}

export function normalizeMessagingEvent(ev: MessagingEvent, ctx: { ownId: string; entryTime: Date; label: string }): MetaEvent {
  const senderId = ev.sender?.id;
  const at = metaTime(ev.timestamp, ctx.entryTime);
  if (ev.message) {
    const m = ev.message;
    if (m.is_echo || senderId === ctx.ownId) return ignored(`${m.mid}: echo of a message sent by the ${ctx.label} account`);
    if (m.is_deleted) return { kind: 'unsend', mid: m.mid };
    if (m.is_unsupported) return ignored(`${m.mid}: message type not supported by the API`);
    if (!senderId) return ignored(`${m.mid}: no sender id`);
    const attachments = (m.attachments ?? []).map(toMetaAttachment);
    const text = m.text ?? '';
    if (!text.trim() && !attachments.length) return ignored(`${m.mid}: no text and no attachments`);
    const meta: Record<string, unknown> = { kind: 'dm' };
    if (m.quick_reply?.payload) meta.quickReplyPayload = m.quick_reply.payload;
    if (m.reply_to?.story) meta.replyToStory = m.reply_to.story;
    const message: InboundMessage = {
      providerMessageId: m.mid,
      sentAt: at,
      contact: { externalId: senderId },
      text,
      attachments,
      inReplyTo: m.reply_to?.mid ? [m.reply_to.mid] : [],
      meta,
    };
    return { kind: 'message', message };
  }
  if (ev.postback) {
    if (!senderId) return ignored('postback without sender id');
    const text = ev.postback.title || ev.postback.payload || '';
    if (!text) return ignored('postback without title or payload');
    return {
      kind: 'message',
      message: {
        // Older postbacks carry no mid: sender + time is stable across redeliveries.
        providerMessageId: ev.postback.mid ?? `postback:${senderId}:${at.getTime()}`,
        sentAt: at,
        contact: { externalId: senderId },
        text,
        meta: { kind: 'dm', postbackPayload: ev.postback.payload },
      },
    };
  }
  if (ev.delivery || ev.read) {
    if (!senderId) return ignored('receipt without sender id');
    if (ev.delivery) {
      const watermark = ev.delivery.watermark !== undefined ? metaTime(ev.delivery.watermark, at) : undefined;
      return { kind: 'receipt', status: 'delivered', customerId: senderId, at: watermark ?? at, mids: ev.delivery.mids, watermark };
    }
    const watermark = ev.read!.watermark !== undefined ? metaTime(ev.read!.watermark, at) : undefined;
    return { kind: 'receipt', status: 'read', customerId: senderId, at: watermark ?? at, watermark, mid: ev.read!.mid };
  }
  if (ev.reaction) return ignored(`reaction (${ev.reaction.action ?? 'react'} ${ev.reaction.emoji ?? ev.reaction.reaction ?? ''}) on ${ev.reaction.mid ?? 'a message'}: reactions are not stored`);
  const kinds = Object.keys(ev).filter((k) => !ENVELOPE_KEYS.has(k));
  return ignored(`unsupported messaging event (${kinds.join(', ') || 'empty'})`);
}
