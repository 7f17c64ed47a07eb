// Zod for the parts of a Meta webhook that Messenger and Instagram share: the
// { object, entry[] } envelope and the messaging events of entry[].messaging[]
// (and entry[].standby[], the same events while another app has the thread).
// Permissive where Meta adds fields (looseObject keeps unknown keys, so an
// unknown event type can be named when it is ignored); strict where we rely on
// a field's type. Ids are strings on the wire; numbers are accepted too.
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';

export const metaId = z.union([z.string().min(1).max(500), z.number()]).transform(String);
export const metaTimeValue = z.union([z.number(), z.string().max(64)]).optional();

export const metaAttachmentSchema = z.looseObject({
  type: z.string().min(1).max(40),
  payload: z
    .looseObject({
      url: z.string().optional(),
      title: z.string().optional(),
      sticker_id: z.union([z.string(), z.number()]).optional(),
      coordinates: z.object({ lat: z.number(), long: z.number() }).optional(),
      story_media_url: z.string().optional(),
    })
    .nullish(),
});

export const metaMessageSchema = z.looseObject({
  mid: z.string().min(1).max(500),
  text: z.string().optional(),
  attachments: z.array(metaAttachmentSchema).optional(),
  is_echo: z.boolean().optional(),
  is_deleted: z.boolean().optional(),
  is_unsupported: z.boolean().optional(),
  quick_reply: z.looseObject({ payload: z.string().optional() }).optional(),
  reply_to: z
    .looseObject({
      mid: z.string().optional(),
      story: z.looseObject({ id: z.string().optional(), url: z.string().optional() }).optional(),
    })
    .optional(),
});

export const messagingEventSchema = z.looseObject({
  // Optin events may carry a user_ref instead of an id; those are ignored later.
  sender: z.looseObject({ id: metaId.optional() }).optional(),
  recipient: z.looseObject({ id: metaId.optional() }).optional(),
  timestamp: metaTimeValue,
  message: metaMessageSchema.optional(),
  delivery: z.looseObject({ mids: z.array(z.string()).optional(), watermark: metaTimeValue }).optional(),
  read: z.looseObject({ watermark: metaTimeValue, mid: z.string().optional() }).optional(),
  postback: z.looseObject({ title: z.string().optional(), payload: z.string().optional(), mid: z.string().optional() }).optional(),
  reaction: z.looseObject({ mid: z.string().optional(), action: z.string().optional(), emoji: z.string().optional(), reaction: z.string().optional() }).optional(),
});

export type MessagingEvent = z.infer<typeof messagingEventSchema>;

// A change whose value is checked by the schema registered for its field; a
// field we do not know passes as it is and is ignored with a reason later.
export function changeSchema(valueSchemas: Record<string, z.ZodType>) {
  return z.looseObject({ field: z.string().min(1).max(100), value: z.unknown() }).superRefine((change, ctx) => {
    const schema = valueSchemas[change.field];
    if (!schema) return;
    const r = schema.safeParse(change.value);
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
  });
}

export function metaEnvelopeSchema(object: string, change: ReturnType<typeof changeSchema>) {
  return z.looseObject({
    object: z.literal(object, { error: `object must be "${object}"` }),
    entry: z
      .array(
        z.looseObject({
          id: metaId,
          time: metaTimeValue,
          messaging: z.array(messagingEventSchema).max(1000).optional(),
          standby: z.array(messagingEventSchema).max(1000).optional(),
          changes: z.array(change).max(1000).optional(),
        }),
      )
      .max(1000),
  });
}

// JSON.parse with a 400 that says what is wrong.
export function parseJsonBody(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new ApiError(400, 'invalid_payload', `Body is not valid JSON: ${(err as Error).message}`);
  }
}
