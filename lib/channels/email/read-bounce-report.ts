// What a bounce says about the message it returns: that message's Message-ID
// (from the returned headers, else the bounce's In-Reply-To), the recipient and
// the server's diagnostic. Pure. Only In-Reply-To is trusted as a fallback,
// never References: those also name earlier replies that were delivered fine.
import { headerPairsFromBlock, headerRecord, singleMessageId } from '@/lib/channels/email/email-headers';

export type BounceReport = { originalMessageId?: string; recipient?: string; diagnostic: string };

export function readBounceReport(input: { returnedHeaders?: string; deliveryStatus?: string; text: string; inReplyTo: string[]; failedRecipients?: string }): BounceReport {
  const returned = input.returnedHeaders ? headerRecord(headerPairsFromBlock(input.returnedHeaders)) : {};
  const originalMessageId = singleMessageId(returned['message-id']?.[0]) ?? input.inReplyTo[0];

  // A delivery-status part holds one block per message, then one per recipient.
  const status = input.deliveryStatus ? headerRecord(input.deliveryStatus.split(/\r?\n\s*\r?\n/).flatMap((block) => headerPairsFromBlock(block))) : {};
  const recipient = (status['final-recipient']?.[0] ?? status['original-recipient']?.[0])?.replace(/^[^;]*;\s*/, '') ?? input.failedRecipients?.trim();
  const code = status['diagnostic-code']?.[0]?.replace(/^[^;]*;\s*/, '');
  const statusCode = status['status']?.[0];
  const fromText = input.text.match(/\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b[^\n]*(?:\n(?!\s*\n)[^\n]*){0,3}/)?.[0];
  const diagnostic = (code ?? fromText ?? (statusCode ? `status ${statusCode}` : input.text.trim().slice(0, 300)) ?? '').replace(/\s+/g, ' ').trim();
  return { originalMessageId, recipient: recipient || undefined, diagnostic: diagnostic || 'The receiving server returned the message' };
}

export function bounceError(report: BounceReport): string {
  return `Bounced${report.recipient ? ` by ${report.recipient}` : ''}: ${report.diagnostic}`.slice(0, 1000);
}
