// An Instagram webhook body: object "instagram", entry[] per professional
// account with messaging[] / standby[] (DMs, receipts, echoes) and changes[]
// (field "comments": comments on the account's media; field "messages": the
// App Dashboard's test event, a messaging event inside a change).
import { z } from 'zod';
import { changeSchema, messagingEventSchema, metaEnvelopeSchema, metaId, metaTimeValue } from '@/lib/channels/meta/messaging-schema';

export const commentValueSchema = z.looseObject({
  id: z.string().min(1).max(500),
  text: z.string().optional(),
  from: z.looseObject({ id: metaId, username: z.string().optional() }).optional(),
  media: z.looseObject({ id: metaId, media_product_type: z.string().optional() }).optional(),
  parent_id: z.string().max(500).optional(),
  timestamp: metaTimeValue,
});

export type CommentValue = z.infer<typeof commentValueSchema>;

export const instagramWebhookSchema = metaEnvelopeSchema('instagram', changeSchema({ comments: commentValueSchema, messages: messagingEventSchema }));

export type InstagramWebhookBody = z.infer<typeof instagramWebhookSchema>;
