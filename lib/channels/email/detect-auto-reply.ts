// Is this email written by a person, or by a machine answering one? Pure.
// Auto-replies (out-of-office, "we got your ticket", list mail) and bounces
// are stored, flagged, but never reopen a resolved conversation nor make the
// customer look like they are waiting for us.
//   bounce:     Content-Type multipart/report; report-type=delivery-status,
//               a mailer-daemon / postmaster sender, an X-Failed-Recipients header
//   auto-reply: Auto-Submitted other than "no" (RFC 3834), X-Autoreply,
//               X-Autorespond, Precedence auto_reply / bulk / junk,
//               X-Auto-Response-Suppress naming All / OOF / AutoReply (Exchange
//               sets it on its own automatic mail; DR/RN alone are just
//               receipt preferences that people's mail carries too)
export type AutoReplyInput = {
  headers: Record<string, string[]>;
  fromAddress?: string;
  contentType?: string;
};

export type AutoReplyVerdict = { autoReply: boolean; bounce: boolean; reason: string | null };

const DAEMONS = /^(mailer-daemon|postmaster)$/i;

export function detectAutoReply({ headers, fromAddress, contentType }: AutoReplyInput): AutoReplyVerdict {
  const h = (name: string) => headers[name]?.find((v) => v.trim() !== '')?.trim();
  const type = contentType ?? h('content-type') ?? '';

  if (/^multipart\/report\b/i.test(type) && /report-type\s*=\s*"?delivery-status"?/i.test(type)) {
    return { autoReply: true, bounce: true, reason: 'delivery status report (multipart/report)' };
  }
  const local = fromAddress?.split('@')[0] ?? '';
  if (DAEMONS.test(local)) return { autoReply: true, bounce: true, reason: `sent by ${local.toLowerCase()}` };
  if (h('x-failed-recipients')) return { autoReply: true, bounce: true, reason: 'X-Failed-Recipients header' };

  const auto = h('auto-submitted');
  if (auto && auto.split(';')[0].trim().toLowerCase() !== 'no') return { autoReply: true, bounce: false, reason: `Auto-Submitted: ${auto.split(';')[0].trim()}` };
  const xAutoreply = h('x-autoreply');
  if (xAutoreply && xAutoreply.toLowerCase() !== 'no') return { autoReply: true, bounce: false, reason: 'X-Autoreply header' };
  const xAutorespond = h('x-autorespond');
  if (xAutorespond && xAutorespond.toLowerCase() !== 'no') return { autoReply: true, bounce: false, reason: 'X-Autorespond header' };
  const precedence = h('precedence')?.toLowerCase();
  if (precedence && ['auto_reply', 'bulk', 'junk'].includes(precedence)) return { autoReply: true, bounce: false, reason: `Precedence: ${precedence}` };
  const suppress = h('x-auto-response-suppress');
  if (suppress && /\b(all|oof|autoreply)\b/i.test(suppress)) return { autoReply: true, bounce: false, reason: `X-Auto-Response-Suppress: ${suppress}` };

  return { autoReply: false, bounce: false, reason: null };
}
