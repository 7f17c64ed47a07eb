// What the chat widget sends. Every call carries the visitor id and its token
// (lib/channels/chat/visitor-token.ts); nothing else identifies a visitor.
import { z } from 'zod';
import { VISITOR_ID_PATTERN } from '@/lib/channels/chat/visitor-token';

export const visitorAuth = z.object({
  visitorId: z.string().regex(VISITOR_ID_PATTERN, 'visitorId is not a visitor id from /session'),
  token: z.string().min(16).max(200),
});

const email = z.string().trim().toLowerCase().email('That does not look like an email address').max(320);
const name = z.string().trim().min(1).max(100);

export const chatMessageBody = visitorAuth
  .extend({
    // Made by the widget per message; a retry sends the same one, so a message is stored once.
    clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientMessageId must be 8-64 letters, digits, - or _'),
    text: z.string().max(5000).refine((t) => t.trim().length > 0, 'Write something first'),
    name: name.optional(),
    email: email.optional(),
    pageUrl: z.string().url().max(2000).optional(),
  })
  .strict();

export const chatContactBody = visitorAuth.extend({ email, name: name.optional() }).strict();

export const chatHistoryQuery = z.object({ after: z.string().max(64).optional() });

export type ChatMessageBody = z.infer<typeof chatMessageBody>;
export type ChatContactBody = z.infer<typeof chatContactBody>;

// A message as the widget shows it (never notes, never internal fields).
export type ChatMessageView = {
  id: string;
  direction: 'in' | 'out';
  text: string;
  at: string;
  author?: string;
  clientMessageId?: string;
  status: string;
};
