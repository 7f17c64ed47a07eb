// The neutral email every inbound source produces (raw RFC 5322 over IMAP or
// SendGrid's "send raw", Postmark JSON, SendGrid fields, Mailgun routes) before
// normalize-email.ts turns it into an InboundMessage. Attachments are metadata
// only: their content is never stored.
export type EmailAddress = { address: string; name?: string };

// The largest email we take in, by webhook or IMAP. It covers the largest
// inbound message the three webhook services forward (Postmark 35 MB,
// SendGrid 30 MB, Mailgun 25 MB) with their encoding overhead.
export const MAX_EMAIL_BYTES = 40 * 1024 * 1024;

export type EmailAttachmentMeta = {
  name?: string;
  mime: string;
  size: number;
  // Content-ID without angle brackets, for parts the HTML shows inline (cid:...).
  cid?: string;
  inline: boolean;
};

export type ParsedEmail = {
  source: 'raw' | 'postmark' | 'sendgrid' | 'mailgun';
  // With angle brackets, as in the header: "<abc@example.com>".
  messageId?: string;
  inReplyTo: string[];
  references: string[];
  date?: Date;
  from?: { address?: string; name?: string };
  to: EmailAddress[];
  cc: EmailAddress[];
  // Envelope recipients: Delivered-To / X-Original-To headers, the provider's envelope.
  deliveredTo: string[];
  subject?: string;
  // Plain text: the text/plain part, or derived from the HTML when there is none.
  text: string;
  html?: string;
  // The reply without quoted history, when the provider computed it (Postmark, Mailgun).
  strippedText?: string;
  attachments: EmailAttachmentMeta[];
  // Lower-case header name → every value, unfolded.
  headers: Record<string, string[]>;
  // Bounces: the returned message's header block and the message/delivery-status text.
  returnedHeaders?: string;
  deliveryStatus?: string;
  // sha256 of the source; names a message that has no Message-ID, stably across retries.
  fingerprint: string;
};

export function headerValue(email: Pick<ParsedEmail, 'headers'>, name: string): string | undefined {
  return email.headers[name.toLowerCase()]?.[0];
}
