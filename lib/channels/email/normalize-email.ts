// Parsed email → the provider-neutral InboundMessage (pure).
// - providerMessageId: the Message-ID, or a stable id from the source's hash.
// - threadKey: the thread's root (first References id, else In-Reply-To, else
//   the message's own id); inReplyTo: In-Reply-To then References, so ingest
//   finds the conversation of any message this one answers.
// - conversationHint: a <local>+c_<conversationId>@ address among To/Cc/Delivered-To.
// - contact: the From address (lower-cased) and display name.
// - text: text/plain (or text derived from HTML by the parser), with quoted
//   history cut where that is easy (see strip-quoted-reply.ts); html: raw,
//   ingest sanitises it; attachments: metadata only.
// - auto-replies and bounces are flagged; a bounce that names one of our own
//   messages also yields a "failed" status for it with the server's diagnostic.
// Our own mail coming back (From = the channel's address) is ignored, so that
// a forwarding loop cannot feed the inbox its own replies.
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import type { StatusUpdate } from '@/lib/ingest/apply-delivery-status';
import type { ParsedEmail } from '@/lib/channels/email/parsed-email';
import { detectAutoReply } from '@/lib/channels/email/detect-auto-reply';
import { bounceError, readBounceReport } from '@/lib/channels/email/read-bounce-report';
import { stripQuotedReply } from '@/lib/channels/email/strip-quoted-reply';
import { conversationIdFrom } from '@/lib/channels/email/conversation-token';

export type NormalizedEmail = { message: InboundMessage | null; status: StatusUpdate | null; ignored: string | null };

// The limits of inboundMessageSchema: an email over them is cut, never refused.
const MAX_TEXT = 100_000;
const MAX_HTML = 1_000_000;
const MAX_ID = 500;
const MAX_IDS = 100;
const MAX_ATTACHMENTS = 50;

export function normalizeEmail(email: ParsedEmail, opts: { channelAddress?: string; now?: Date } = {}): NormalizedEmail {
  const now = opts.now ?? new Date();
  const fromAddress = email.from?.address?.trim().toLowerCase() || undefined;
  if (fromAddress && opts.channelAddress && fromAddress === opts.channelAddress.trim().toLowerCase()) {
    return { message: null, status: null, ignored: `email from our own address ${fromAddress}` };
  }

  const ownId = email.messageId && email.messageId.length <= MAX_ID ? email.messageId : undefined;
  const providerMessageId = ownId ?? `<sb-hash.${email.fingerprint.slice(0, 40)}@switchboard.invalid>`;
  const verdict = detectAutoReply({ headers: email.headers, fromAddress });
  const bounce = verdict.bounce
    ? readBounceReport({ returnedHeaders: email.returnedHeaders, deliveryStatus: email.deliveryStatus, text: email.text, inReplyTo: email.inReplyTo, failedRecipients: email.headers['x-failed-recipients']?.[0] })
    : null;

  const ids = (list: string[]) => list.filter((id) => id.length <= MAX_ID && id !== providerMessageId);
  // A bounce belongs to the conversation of the message it returns.
  const inReplyTo = [...new Set([...(bounce?.originalMessageId ? [bounce.originalMessageId] : []), ...ids(email.inReplyTo), ...ids(email.references)])].slice(0, MAX_IDS);
  const threadKey = ids(email.references)[0] ?? ids(email.inReplyTo)[0] ?? providerMessageId;

  const recipients = [...email.to.map((a) => a.address), ...email.cc.map((a) => a.address), ...email.deliveredTo];
  const conversationHint = conversationIdFrom(recipients);

  const provided = email.strippedText?.trim() ? { text: email.strippedText, stripped: email.strippedText.trim() !== email.text.trim() } : null;
  const body = provided ?? (verdict.autoReply ? { text: email.text, stripped: false } : stripQuotedReply(email.text));
  const sentAt = email.date && email.date.getTime() <= now.getTime() + 86_400_000 ? email.date : now;

  const message: InboundMessage = {
    providerMessageId,
    sentAt,
    contact: contactOf(email, fromAddress, verdict.bounce),
    subject: email.subject?.trim().slice(0, 1000) || undefined,
    text: body.text.replace(/\r\n/g, '\n').trim().slice(0, MAX_TEXT),
    html: email.html ? email.html.slice(0, MAX_HTML) : undefined,
    attachments: email.attachments.slice(0, MAX_ATTACHMENTS).map((a) => ({
      type: attachmentType(a.mime),
      ...(a.name ? { name: a.name.slice(0, 300) } : {}),
      mime: a.mime.slice(0, 200),
      size: a.size,
    })),
    threadKey: threadKey.slice(0, MAX_ID),
    inReplyTo,
    conversationHint,
    isAutoReply: verdict.autoReply,
    meta: {
      email: {
        source: email.source,
        messageId: providerMessageId,
        ...(ownId ? {} : { generatedMessageId: true }),
        from: fromAddress ?? null,
        to: email.to.map((a) => a.address).slice(0, 20),
        ...(email.cc.length ? { cc: email.cc.map((a) => a.address).slice(0, 20) } : {}),
        ...(email.date ? {} : { missingDate: true }),
        ...(body.stripped ? { quotedTextStripped: true } : {}),
        ...(email.text.length > MAX_TEXT || (email.html?.length ?? 0) > MAX_HTML ? { truncated: true } : {}),
        // Inline parts (cid:) and their ids, index-aligned with attachments, so the
        // UI can tell a signature logo from a real attachment.
        ...(email.attachments.some((a) => a.inline || a.cid)
          ? { parts: email.attachments.slice(0, MAX_ATTACHMENTS).map((a) => ({ inline: a.inline, ...(a.cid ? { cid: a.cid.slice(0, 300) } : {}) })) }
          : {}),
      },
      ...(verdict.reason ? { autoReplyReason: verdict.reason } : {}),
      ...(bounce ? { bounce: { originalMessageId: bounce.originalMessageId ?? null, recipient: bounce.recipient ?? null, diagnostic: bounce.diagnostic.slice(0, 1000) } } : {}),
    },
  };
  const status: StatusUpdate | null = bounce?.originalMessageId ? { providerMessageId: bounce.originalMessageId, status: 'failed', at: sentAt, error: bounceError(bounce) } : null;
  return { message, status, ignored: null };
}

function contactOf(email: ParsedEmail, fromAddress: string | undefined, bounce: boolean): InboundMessage['contact'] {
  const name = email.from?.name?.trim().slice(0, 200) || undefined;
  if (fromAddress && fromAddress.length <= 320) return { externalId: fromAddress, email: fromAddress, name };
  // No usable From (some bounces have none): one stable sender per mail system.
  const domain = /@([^>\s]+)>?$/.exec(email.messageId ?? '')?.[1]?.toLowerCase().slice(0, 200) ?? 'unknown.invalid';
  const externalId = `${bounce ? 'mailer-daemon' : 'unknown-sender'}@${domain}`;
  return { externalId, email: externalId, name: name ?? (bounce ? 'Mail Delivery System' : 'Unknown sender') };
}

function attachmentType(mime: string): string {
  const top = mime.split('/')[0].toLowerCase();
  return top === 'image' || top === 'video' || top === 'audio' ? top : 'file';
}
