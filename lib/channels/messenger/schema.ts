// A Messenger webhook body: object "page", entry[] per Page with messaging[]
// (DMs, postbacks, receipts, echoes), standby[] (the same while another app
// holds the thread) and changes[] (the Page's feed: comments on its posts).
import { z } from 'zod';
import { changeSchema, metaEnvelopeSchema, metaId, metaTimeValue } from '@/lib/channels/meta/messaging-schema';

export const feedValueSchema = z.looseObject({
  item: z.string().max(100),
  verb: z.string().max(100).optional(),
  from: z.looseObject({ id: metaId, name: z.string().optional() }).optional(),
  post_id: z.string().max(500).optional(),
  comment_id: z.string().max(500).optional(),
  parent_id: z.string().max(500).optional(),
  message: z.string().optional(),
  created_time: metaTimeValue,
  photo: z.string().optional(),
  video: z.string().optional(),
  permalink_url: z.string().optional(),
});

export type FeedValue = z.infer<typeof feedValueSchema>;

export const messengerWebhookSchema = metaEnvelopeSchema('page', changeSchema({ feed: feedValueSchema }));

export type MessengerWebhookBody = z.infer<typeof messengerWebhookSchema>;
