// The provider-neutral shape every channel adapter (lib/channels/<provider>/
// normalize.ts) produces for an inbound message, before it touches the database.
import { z } from 'zod';

export const attachmentSchema = z.object({
  type: z.string().min(1).max(40), // image, video, audio, file, location, sticker, ...
  name: z.string().max(300).optional(),
  url: z.string().max(2000).optional(),
  mime: z.string().max(200).optional(),
  size: z.number().int().nonnegative().optional(),
});

export const inboundContactSchema = z.object({
  // The provider's stable id for the sender: PSID, IGSID, wa_id, X user id,
  // E.164 phone (SMS), lower-cased email, chat visitor id, API handle.
  externalId: z.string().min(1).max(320),
  name: z.string().max(200).optional(),
  handle: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(320).optional(),
  followers: z.number().int().nonnegative().optional(),
  verified: z.boolean().optional(),
  avatarUrl: z.string().max(2000).optional(),
});

export const inboundMessageSchema = z.object({
  providerMessageId: z.string().min(1).max(500),
  sentAt: z.date(),
  contact: inboundContactSchema,
  text: z.string().max(100_000),
  // Raw provider HTML (email); ingest sanitises it before storing.
  html: z.string().max(1_000_000).optional(),
  subject: z.string().max(1000).optional(),
  attachments: z.array(attachmentSchema).max(50).default([]),
  // Groups messages into one conversation: email thread root, post id of a comment, X conversation id.
  threadKey: z.string().max(500).optional(),
  // Provider ids this message replies to (email In-Reply-To + References, a quoted tweet).
  inReplyTo: z.array(z.string().max(500)).max(100).default([]),
  // A conversation id the provider handed back to us, e.g. the token of a
  // plus address (support+c_<id>@...) when email headers were lost.
  conversationHint: z.string().max(64).optional(),
  // Auto-replies and bounces are kept but never reopen a resolved conversation.
  isAutoReply: z.boolean().default(false),
  meta: z.record(z.string(), z.unknown()).default({}),
});

export type InboundMessage = z.input<typeof inboundMessageSchema>;
export type ParsedInboundMessage = z.output<typeof inboundMessageSchema>;
export type InboundContact = z.infer<typeof inboundContactSchema>;
