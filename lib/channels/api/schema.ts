// POST /api/v1/channels/:id/messages: the API channel, for every source without
// a native integration (reviews, contact forms, forums).
import { z } from 'zod';

export const apiMessageBody = z
  .object({
    externalId: z.string().trim().min(1).max(300),
    contact: z
      .object({
        name: z.string().trim().min(1).max(200),
        handle: z.string().trim().max(200).optional(),
        email: z.string().trim().toLowerCase().email().max(320).optional(),
        phone: z.string().trim().max(40).optional(),
        followers: z.number().int().nonnegative().optional(),
        verified: z.boolean().optional(),
      })
      .strict(),
    text: z.string().max(50_000),
    subject: z.string().max(1000).optional(),
    attachments: z
      .array(z.object({ type: z.string().min(1).max(40), name: z.string().max(300), url: z.string().url().max(2000).optional() }).strict())
      .max(20)
      .optional(),
    sentAt: z.string().datetime({ offset: true }).optional(),
    url: z.string().url().max(2000).optional(),
  })
  .strict()
  .refine((b) => b.text.trim().length > 0 || (b.attachments?.length ?? 0) > 0, { message: 'A message needs text or attachments', path: ['text'] });

export type ApiMessageBody = z.infer<typeof apiMessageBody>;
