// Agent replies by SMTP (nodemailer) with settings.smtp {host, port, secure,
// user} and secrets.smtpPassword. The reply threads in the customer's mail
// client: Message-ID <sb.<messageId>@<domain>> (ours, stored as the
// providerMessageId so their answer to it finds the conversation), In-Reply-To
// the customer's latest email, References the thread so far, and Reply-To the
// plus address <local>+c_<conversationId>@<domain> for clients that drop both.
// The Message-ID is derived from our message id, so a retry after an unclear
// failure re-sends the same message, which mail clients show once.
// SMTP 4xx and connection errors → retry with backoff; 5xx → failed with the
// server's answer shown on the message.
import nodemailer from 'nodemailer';
import { db } from '@/lib/db';
import type { Sender, SendContext } from '@/lib/outbound/send-context';
import { PermanentSendError, RetryableSendError } from '@/lib/outbound/send-errors';
import { conversationAddress } from '@/lib/channels/email/conversation-token';

type SmtpSettings = { host?: string; port?: number; secure?: boolean; user?: string };

// RFC 5322 suggests keeping the first id and the latest ones when References grows long.
const MAX_REFERENCES = 20;

export const sendEmailMessage: Sender = async (ctx) => {
  const { channel, message, conversation, recipient, lastInbound } = ctx;
  const smtp = (channel.settings.smtp ?? {}) as SmtpSettings;
  const address = String(channel.settings.address ?? channel.channel.externalId ?? '');
  if (!smtp.host || !address.includes('@')) throw new PermanentSendError('SMTP is not set up for this email channel (settings.smtp.host and settings.address)');
  const to = recipient.email ?? recipient.externalId;
  if (!to.includes('@')) throw new PermanentSendError(`The contact's email identity "${to}" is not an email address`);

  const domain = address.slice(address.lastIndexOf('@') + 1);
  const messageId = `<sb.${message.id}@${domain}>`;
  const ids = ctx.threadProviderIds.filter((id) => /^<[^<>\s]+>$/.test(id) && id !== messageId);
  const references = ids.length > MAX_REFERENCES ? [ids[0], ...ids.slice(-(MAX_REFERENCES - 1))] : ids;
  const inReplyTo = lastInbound?.providerMessageId && /^<[^<>\s]+>$/.test(lastInbound.providerMessageId) ? lastInbound.providerMessageId : undefined;

  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: Number(smtp.port ?? (smtp.secure ? 465 : 587)),
    secure: Boolean(smtp.secure),
    auth: smtp.user ? { user: smtp.user, pass: channel.secrets.smtpPassword ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({
      messageId,
      from: { name: await fromName(ctx), address },
      to,
      replyTo: conversationAddress(address, conversation.id),
      subject: replySubject(conversation.subject ?? lastInbound?.subject),
      inReplyTo,
      references: references.length ? references : undefined,
      text: message.text,
      html: textToHtml(message.text),
    });
  } catch (err) {
    throw smtpError(err as Error & { responseCode?: number; response?: string; code?: string });
  } finally {
    transport.close();
  }
  return { providerMessageId: messageId, status: 'sent' };
};

export function replySubject(subject: string | null | undefined): string {
  const s = (subject ?? '').replace(/\s+/g, ' ').trim();
  if (!s) return 'Re: your message';
  return /^(re|aw|sv|antw)\s*:/i.test(s) ? s : `Re: ${s}`;
}

// The sender's display name: settings.fromName, else the workspace's name.
async function fromName(ctx: SendContext): Promise<string> {
  const configured = ctx.channel.settings.fromName;
  if (typeof configured === 'string' && configured.trim()) return configured.trim();
  const ws = await db.workspace.findUnique({ where: { id: ctx.channel.channel.workspaceId }, select: { name: true } });
  return ws?.name ?? 'Support';
}

// Plain text → a simple, safe HTML version (escaped, paragraphs and line breaks).
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const paragraphs = text.trim().split(/\n{2,}/).map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html><body>${paragraphs.join('\n')}</body></html>`;
}

export function smtpError(err: Error & { responseCode?: number; response?: string; code?: string }): Error {
  const detail = (err.response ?? err.message ?? 'SMTP error').replace(/\s+/g, ' ').trim().slice(0, 500);
  const code = err.responseCode;
  if (code && code >= 500) return new PermanentSendError(`SMTP server refused the message: ${detail}`, String(code));
  if (code && code >= 400) return new RetryableSendError(`SMTP server deferred the message: ${detail}`);
  if (['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROTOCOL'].includes(err.code ?? '')) return new RetryableSendError(`SMTP server unreachable: ${detail}`);
  return new PermanentSendError(`Could not send the email: ${detail}`, err.code);
}
