// A WhatsApp Cloud API webhook body: object "whatsapp_business_account",
// entry[] per business account, changes[] with value { metadata
// { phone_number_id }, contacts[], messages[], statuses[], errors[] }.
// Permissive where Meta adds fields and message types (unknown types pass and
// are ignored with a reason later); ids are checked where we rely on them.
import { z } from 'zod';
import { metaTimeValue } from '@/lib/channels/meta/messaging-schema';

const str = z.string().max(100_000);

const mediaSchema = z.looseObject({
  id: z.string().max(500).optional(),
  mime_type: z.string().max(200).optional(),
  sha256: z.string().optional(),
  caption: str.optional(),
  filename: z.string().max(500).optional(),
  url: z.string().optional(),
  voice: z.boolean().optional(),
  animated: z.boolean().optional(),
});

export const whatsappErrorSchema = z.looseObject({
  code: z.number().optional(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

export const whatsappMessageSchema = z.looseObject({
  from: z.string().min(1).max(100),
  id: z.string().min(1).max(500).optional(),
  timestamp: metaTimeValue,
  type: z.string().min(1).max(100),
  text: z.looseObject({ body: str }).optional(),
  image: mediaSchema.optional(),
  video: mediaSchema.optional(),
  audio: mediaSchema.optional(),
  document: mediaSchema.optional(),
  sticker: mediaSchema.optional(),
  location: z
    .looseObject({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional(), url: z.string().optional() })
    .optional(),
  contacts: z
    .array(
      z.looseObject({
        name: z.looseObject({ formatted_name: z.string().optional(), first_name: z.string().optional() }).optional(),
        phones: z.array(z.looseObject({ phone: z.string().optional(), wa_id: z.string().optional() })).optional(),
      }),
    )
    .optional(),
  interactive: z
    .looseObject({
      type: z.string().optional(),
      button_reply: z.looseObject({ id: z.string().optional(), title: z.string() }).optional(),
      list_reply: z.looseObject({ id: z.string().optional(), title: z.string(), description: z.string().optional() }).optional(),
    })
    .optional(),
  button: z.looseObject({ text: z.string(), payload: z.string().optional() }).optional(),
  reaction: z.looseObject({ message_id: z.string().optional(), emoji: z.string().optional() }).optional(),
  order: z
    .looseObject({
      text: z.string().optional(),
      product_items: z.array(z.looseObject({ product_retailer_id: z.string(), quantity: z.number(), item_price: z.number().optional(), currency: z.string().optional() })).optional(),
    })
    .optional(),
  context: z.looseObject({ id: z.string().optional(), from: z.string().optional(), forwarded: z.boolean().optional(), frequently_forwarded: z.boolean().optional() }).optional(),
  referral: z.looseObject({ source_url: z.string().optional(), source_type: z.string().optional(), source_id: z.string().optional(), headline: z.string().optional() }).optional(),
  errors: z.array(whatsappErrorSchema).optional(),
});

export const whatsappStatusSchema = z.looseObject({
  id: z.string().min(1).max(500),
  status: z.string().min(1).max(50),
  timestamp: metaTimeValue,
  recipient_id: z.string().optional(),
  errors: z.array(whatsappErrorSchema).optional(),
});

export const whatsappValueSchema = z.looseObject({
  messaging_product: z.string().optional(),
  metadata: z.looseObject({ phone_number_id: z.union([z.string(), z.number()]).transform(String), display_phone_number: z.string().optional() }).optional(),
  contacts: z.array(z.looseObject({ wa_id: z.string().optional(), profile: z.looseObject({ name: z.string().optional() }).optional() })).optional(),
  messages: z.array(whatsappMessageSchema).max(1000).optional(),
  statuses: z.array(whatsappStatusSchema).max(1000).optional(),
  errors: z.array(whatsappErrorSchema).optional(),
});

export const whatsappWebhookSchema = z.looseObject({
  object: z.literal('whatsapp_business_account', { error: 'object must be "whatsapp_business_account"' }),
  entry: z
    .array(
      z.looseObject({
        id: z.string().optional(),
        changes: z.array(z.looseObject({ field: z.string().optional(), value: whatsappValueSchema })).max(1000),
      }),
    )
    .max(1000),
});

export type WhatsAppWebhookBody = z.infer<typeof whatsappWebhookSchema>;
export type WhatsAppValue = z.infer<typeof whatsappValueSchema>;
export type WhatsAppMessage = z.infer<typeof whatsappMessageSchema>;
export type WhatsAppStatus = z.infer<typeof whatsappStatusSchema>;
export type WhatsAppError = z.infer<typeof whatsappErrorSchema>;
