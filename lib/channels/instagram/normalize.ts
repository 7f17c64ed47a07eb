// An Instagram webhook body → MetaEvents. Pure. Only entries for this
// channel's Instagram account are read (one app, one callback URL).
//   messaging[] / standby[] / changes "messages" → DMs, receipts (normalize-messaging-event)
//   changes "comments" → inbound comment (threadKey = media id; meta.commentId/postId);
//     comments by the account itself (our replies) are ignored
import type { MetaEvent } from '@/lib/channels/meta/meta-event';
import { ignored } from '@/lib/channels/meta/meta-event';
import { metaTime } from '@/lib/channels/meta/meta-time';
import { messagingEventSchema } from '@/lib/channels/meta/messaging-schema';
import { normalizeMessagingEvent } from '@/lib/channels/meta/normalize-messaging-event';
import { commentValueSchema, type CommentValue, type InstagramWebhookBody } from '@/lib/channels/instagram/schema';

export function normalizeInstagramPayload(body: InstagramWebhookBody, settings: Record<string, unknown>, now = new Date()): MetaEvent[] {
  const accountId = typeof settings.instagramAccountId === 'string' ? settings.instagramAccountId : '';
  const events: MetaEvent[] = [];
  for (const entry of body.entry) {
    const count = (entry.messaging?.length ?? 0) + (entry.standby?.length ?? 0) + (entry.changes?.length ?? 0);
    if (!accountId || entry.id !== accountId) {
      events.push(ignored(`${count} event(s) for Instagram account ${entry.id}, which is not this channel’s (${accountId || 'none set'})`));
      continue;
    }
    const entryTime = metaTime(entry.time, now);
    const ctx = { ownId: accountId, entryTime, label: 'Instagram' };
    for (const ev of [...(entry.messaging ?? []), ...(entry.standby ?? [])]) events.push(normalizeMessagingEvent(ev, ctx));
    for (const change of entry.changes ?? []) {
      if (change.field === 'comments') events.push(normalizeInstagramComment(commentValueSchema.parse(change.value), accountId, entryTime));
      else if (change.field === 'messages') events.push(normalizeMessagingEvent(messagingEventSchema.parse(change.value), ctx));
      else events.push(ignored(`Instagram field "${change.field}" is not handled`));
    }
  }
  return events;
}

export function normalizeInstagramComment(v: CommentValue, accountId: string, entryTime: Date): MetaEvent {
  if (v.from?.id === accountId) return ignored(`comment ${v.id}: written by the account itself`);
  const text = v.text ?? '';
  if (!text.trim()) return ignored(`comment ${v.id}: no text`);
  const postId = v.media?.id;
  return {
    kind: 'message',
    message: {
      providerMessageId: v.id,
      sentAt: metaTime(v.timestamp, entryTime),
      contact: v.from
        ? { externalId: v.from.id, handle: v.from.username, name: v.from.username }
        : { externalId: `comment:${v.id}`, name: 'Instagram user' },
      text,
      threadKey: postId,
      meta: {
        kind: 'comment',
        commentId: v.id,
        ...(postId ? { postId } : {}),
        ...(v.parent_id ? { parentId: v.parent_id } : {}),
        ...(v.media?.media_product_type ? { mediaProductType: v.media.media_product_type } : {}),
      },
    },
  };
}
