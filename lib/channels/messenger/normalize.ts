// A Messenger webhook body → MetaEvents. Pure. Only entries for this channel's
// Page are read: one Meta app has one callback URL per object type, so a
// webhook for another Page of the same app can reach this URL.
//   entry[].messaging[] / standby[] → DMs, postbacks, receipts (see normalize-messaging-event)
//   entry[].changes[] field "feed", item "comment" → Page comments:
//     verb add → an inbound comment (threadKey = post id; meta.commentId/postId)
//     verb remove → unsend; edited/hidden and other feed items → ignored
import type { MetaEvent } from '@/lib/channels/meta/meta-event';
import { ignored } from '@/lib/channels/meta/meta-event';
import { metaTime } from '@/lib/channels/meta/meta-time';
import { normalizeMessagingEvent } from '@/lib/channels/meta/normalize-messaging-event';
import { feedValueSchema, type FeedValue, type MessengerWebhookBody } from '@/lib/channels/messenger/schema';

export function normalizeMessengerPayload(body: MessengerWebhookBody, settings: Record<string, unknown>, now = new Date()): MetaEvent[] {
  const pageId = typeof settings.pageId === 'string' ? settings.pageId : '';
  const events: MetaEvent[] = [];
  for (const entry of body.entry) {
    const count = (entry.messaging?.length ?? 0) + (entry.standby?.length ?? 0) + (entry.changes?.length ?? 0);
    if (!pageId || entry.id !== pageId) {
      events.push(ignored(`${count} event(s) for Page ${entry.id}, which is not this channel’s Page (${pageId || 'none set'})`));
      continue;
    }
    const entryTime = metaTime(entry.time, now);
    for (const ev of [...(entry.messaging ?? []), ...(entry.standby ?? [])]) {
      events.push(normalizeMessagingEvent(ev, { ownId: pageId, entryTime, label: 'Page' }));
    }
    for (const change of entry.changes ?? []) {
      if (change.field !== 'feed') events.push(ignored(`Page field "${change.field}" is not handled`));
      else events.push(normalizeFeedChange(feedValueSchema.parse(change.value), pageId, entryTime));
    }
  }
  return events;
}

export function normalizeFeedChange(v: FeedValue, pageId: string, entryTime: Date): MetaEvent {
  if (v.item !== 'comment') return ignored(`feed ${v.item} ${v.verb ?? ''}: only comments are handled`.trim());
  if (!v.comment_id) return ignored('feed comment without comment_id');
  if (v.verb === 'remove') return { kind: 'unsend', mid: v.comment_id };
  if (v.verb && v.verb !== 'add') return ignored(`comment ${v.comment_id} ${v.verb}: only new comments are stored`);
  if (v.from?.id === pageId) return ignored(`comment ${v.comment_id}: written by the Page itself`);
  const attachments = [
    ...(v.photo ? [{ type: 'image', url: v.photo }] : []),
    ...(v.video ? [{ type: 'video', url: v.video }] : []),
  ].filter((a) => a.url.length <= 2000);
  const text = v.message ?? '';
  if (!text.trim() && !attachments.length) return ignored(`comment ${v.comment_id}: no text and no media`);
  const postId = v.post_id ?? v.comment_id.split('_')[0];
  return {
    kind: 'message',
    message: {
      providerMessageId: v.comment_id,
      sentAt: metaTime(v.created_time, entryTime),
      // Graph leaves out "from" when it may not share the author; such a
      // comment is still stored, as its own anonymous contact.
      contact: v.from ? { externalId: v.from.id, name: v.from.name } : { externalId: `comment:${v.comment_id}`, name: 'Facebook user' },
      text,
      attachments,
      threadKey: postId,
      meta: {
        kind: 'comment',
        commentId: v.comment_id,
        postId,
        ...(v.parent_id && v.parent_id !== postId ? { parentId: v.parent_id } : {}),
        ...(v.permalink_url ? { permalink: v.permalink_url } : {}),
      },
    },
  };
}
