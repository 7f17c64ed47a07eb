// The Account Activity API's webhook body (v1.1 objects), validated loosely:
// X adds fields freely, so unknown keys pass; what we read is checked.
// Ids are read from the *_str fields (numbers above 2^53 lose precision).
import { z } from 'zod';

const idLike = z.union([z.string().max(40), z.number()]);

export const xUserSchema = z.looseObject({
  id_str: z.string().max(40).optional(),
  id: idLike.optional(),
  name: z.string().max(200).optional(),
  screen_name: z.string().max(100).optional(),
  followers_count: z.number().int().nonnegative().optional(),
  verified: z.boolean().optional(),
  profile_image_url_https: z.string().max(2000).optional(),
});

const mediaSchema = z.looseObject({
  type: z.string().max(40).optional(),
  media_url_https: z.string().max(2000).optional(),
  url: z.string().max(2000).optional(),
});

const entitiesSchema = z.looseObject({
  user_mentions: z.array(z.looseObject({ id_str: z.string().max(40).optional(), screen_name: z.string().max(100).optional() })).max(100).optional(),
  media: z.array(mediaSchema).max(10).optional(),
});

export const tweetSchema = z.looseObject({
  id_str: z.string().max(40).optional(),
  id: idLike.optional(),
  created_at: z.string().max(100).optional(),
  timestamp_ms: z.string().max(20).optional(),
  text: z.string().max(20_000).optional(),
  full_text: z.string().max(20_000).optional(),
  extended_tweet: z.looseObject({ full_text: z.string().max(20_000).optional(), entities: entitiesSchema.optional(), extended_entities: entitiesSchema.optional() }).optional(),
  in_reply_to_status_id_str: z.string().max(40).nullish(),
  in_reply_to_user_id_str: z.string().max(40).nullish(),
  user: xUserSchema,
  entities: entitiesSchema.optional(),
  extended_entities: entitiesSchema.optional(),
  retweeted_status: z.unknown().optional(),
  quoted_status: z.looseObject({ user: xUserSchema.optional() }).nullish(),
}).refine((t) => t.id_str !== undefined || t.id !== undefined, { message: 'A tweet needs id_str', path: ['id_str'] });

export const dmEventSchema = z.looseObject({
  type: z.string().max(100),
  id: z.string().max(40),
  created_timestamp: z.string().max(20).optional(),
  message_create: z
    .looseObject({
      target: z.looseObject({ recipient_id: z.string().max(40) }),
      sender_id: z.string().max(40),
      message_data: z.looseObject({
        text: z.string().max(20_000).default(''),
        attachment: z.looseObject({ type: z.string().max(40).optional(), media: mediaSchema.optional() }).optional(),
      }),
    })
    .optional(),
});

export const markReadEventSchema = z.looseObject({
  created_timestamp: z.string().max(20).optional(),
  sender_id: z.string().max(40),
  target: z.looseObject({ recipient_id: z.string().max(40) }).optional(),
  last_read_event_id: z.string().max(40),
});

export const xWebhookSchema = z.looseObject({
  for_user_id: z.string().min(1).max(40),
  tweet_create_events: z.array(tweetSchema).max(1000).optional(),
  direct_message_events: z.array(dmEventSchema).max(1000).optional(),
  direct_message_mark_read_events: z.array(markReadEventSchema).max(1000).optional(),
  users: z.record(z.string().max(40), xUserSchema).optional(),
});

export type XWebhookPayload = z.infer<typeof xWebhookSchema>;
export type XTweet = z.infer<typeof tweetSchema>;
export type XDmEvent = z.infer<typeof dmEventSchema>;
export type XUser = z.infer<typeof xUserSchema>;

export function parseXWebhook(raw: string): XWebhookPayload {
  return xWebhookSchema.parse(JSON.parse(raw));
}
