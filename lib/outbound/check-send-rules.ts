// Provider rules for free-form replies, as a pure function. Returns the reason
// a reply cannot be sent now, in words an agent understands, or null.
// - WhatsApp: free-form only within 24 h of the customer's last message;
//   after that only an approved template may be sent.
// - Messenger and Instagram: replies within 24 h, or up to 7 days as a
//   human agent (HUMAN_AGENT tag); never after 7 days. Comment replies are
//   public posts, not messages: no window.
// - X: 280 weighted characters for public replies (links 23, emoji/CJK 2),
//   10,000 for DMs; SMS 1,600; WhatsApp 4,096; Messenger 2,000; Instagram
//   1,000: the same hardLimitProblem the composer shows as the agent types.
import type { Provider } from '@/lib/generated/prisma/enums';
import { hardLimitProblem } from '@/lib/outbound/channel-limits';

const HOUR = 3_600_000;

export type SendRuleInput = {
  provider: Provider;
  text: string;
  lastInboundAt: Date | null;
  isTemplate?: boolean;
  // A public reply on X (280 characters), a reply to a Facebook/Instagram comment (no messaging window).
  isPublicReply?: boolean;
  isComment?: boolean;
  now?: Date;
};

export function checkSendRules(i: SendRuleInput): string | null {
  const now = i.now ?? new Date();
  const sinceCustomer = i.lastInboundAt ? now.getTime() - i.lastInboundAt.getTime() : Infinity;
  if (i.provider === 'whatsapp' && !i.isTemplate && sinceCustomer > 24 * HOUR) {
    return 'WhatsApp only allows free-form replies within 24 hours of the customer’s last message. Send an approved template instead.';
  }
  if ((i.provider === 'messenger' || i.provider === 'instagram') && !i.isComment && sinceCustomer > 7 * 24 * HOUR) {
    const name = i.provider === 'messenger' ? 'Messenger' : 'Instagram';
    return `${name} allows human-agent replies up to 7 days after the customer’s last message; this conversation is older.`;
  }
  const tooLong = hardLimitProblem(i.provider, i.text, i.isPublicReply);
  if (tooLong) return tooLong;
  if (!i.text.trim() && !i.isTemplate) return 'The reply is empty.';
  return null;
}

// Messenger/Instagram replies after 24 h must carry the HUMAN_AGENT tag.
export function needsHumanAgentTag(lastInboundAt: Date | null, now = new Date()): boolean {
  return !!lastInboundAt && now.getTime() - lastInboundAt.getTime() > 24 * HOUR;
}
