// What the channel allows for the reply being written, as the agent types.
// Pure: provider, text, the customer's last inbound time (and a few facts
// about the thread) in; a compact counter, a level (ok / warn / block) and
// the reason out. The composer shows it; checkSendRules (the server, before
// storing and again before sending) refuses the same hard limits through
// hardLimitProblem, so the UI and the server never disagree.
// - SMS: segments (see sms-segments.ts); Twilio refuses bodies over 1,600
//   characters.
// - X: 280 weighted characters for a public reply (see x-weighted-length.ts),
//   10,000 for a DM.
// - WhatsApp: free-form only within 24 h of the customer's last message
//   (customer-service window); 4,096 characters.
// - Messenger / Instagram: the standard 24 h window, then up to 7 days as a
//   human agent (HUMAN_AGENT tag), never after; comment replies have no
//   window. 2,000 (Messenger) and 1,000 (Instagram) characters.
// - Email, chat, API: no limit.
import type { Provider } from '@/lib/generated/prisma/enums';
import { countSmsSegments, type SmsSegments } from '@/lib/outbound/sms-segments';
import { X_MAX_WEIGHTED, xWeightedLength } from '@/lib/outbound/x-weighted-length';

const HOUR = 3_600_000;
export const SMS_MAX_CHARS = 1600;
export const X_DM_MAX = 10_000;
const MAX_CHARS: Partial<Record<Provider, number>> = { whatsapp: 4096, messenger: 2000, instagram: 1000 };
const NAMES: Record<Provider, string> = { messenger: 'Messenger', instagram: 'Instagram', whatsapp: 'WhatsApp', x: 'X', sms: 'SMS', email: 'Email', chat: 'Chat', api: 'API' };

export type LimitLevel = 'ok' | 'warn' | 'block';
export type ChannelLimitInput = {
  provider: Provider;
  text: string;
  lastInboundAt: Date | null;
  isPublicReply?: boolean;
  isComment?: boolean;
  now?: Date;
};
export type ChannelLimits = {
  level: LimitLevel;
  // e.g. "2 SMS segments · 214/306", "241/280"; null when the channel has no limit to count.
  counter: string | null;
  // The counter's own colour: the length alone (a closed window is not the text's fault).
  counterLevel: LimitLevel;
  // Why Send is disabled (level block), or what the agent should know (warn).
  reason: string | null;
  // The messaging window, where the channel has one.
  window: { open: boolean; closesAt: Date | null; humanAgent?: boolean } | null;
  sms?: SmsSegments;
};

const chars = (t: string) => [...t].length;
const worst = (a: LimitLevel, b: LimitLevel): LimitLevel => (a === 'block' || b === 'block' ? 'block' : a === 'warn' || b === 'warn' ? 'warn' : 'ok');

// The hard length limit a provider refuses past, or null. Shared with checkSendRules.
export function hardLimitProblem(provider: Provider, text: string, isPublicReply = false): string | null {
  if (provider === 'sms' && chars(text) > SMS_MAX_CHARS) return `SMS is limited to ${SMS_MAX_CHARS.toLocaleString('en')} characters (this one has ${chars(text).toLocaleString('en')}).`;
  if (provider === 'x') {
    const n = isPublicReply ? xWeightedLength(text) : chars(text);
    const max = isPublicReply ? X_MAX_WEIGHTED : X_DM_MAX;
    if (n > max) return isPublicReply ? `Replies on X are limited to ${max} characters (this one has ${n}).` : `Direct messages on X are limited to ${max.toLocaleString('en')} characters (this one has ${n.toLocaleString('en')}).`;
  }
  const max = MAX_CHARS[provider];
  if (max && chars(text) > max) return `${NAMES[provider]} messages are limited to ${max.toLocaleString('en')} characters (this one has ${chars(text).toLocaleString('en')}).`;
  return null;
}

// The messaging window: open / human-agent / closed. Null where the channel has none.
export function messagingWindow(i: ChannelLimitInput): { level: LimitLevel; reason: string | null; window: ChannelLimits['window'] } | null {
  const now = (i.now ?? new Date()).getTime();
  const since = i.lastInboundAt ? now - i.lastInboundAt.getTime() : Infinity;
  const closesAt = (h: number) => (i.lastInboundAt ? new Date(i.lastInboundAt.getTime() + h * HOUR) : null);
  if (i.provider === 'whatsapp') {
    if (since <= 24 * HOUR) {
      const left = 24 * HOUR - since;
      return { level: left < 2 * HOUR ? 'warn' : 'ok', reason: left < 2 * HOUR ? `The 24-hour WhatsApp window closes in ${formatLeft(left)}; after that only an approved template can be sent.` : null, window: { open: true, closesAt: closesAt(24) } };
    }
    return {
      level: 'block',
      reason: i.lastInboundAt
        ? 'The 24-hour WhatsApp window is closed: the customer last wrote more than 24 hours ago, and WhatsApp refuses free-form replies after that. Send an approved template to reopen the conversation.'
        : 'The customer has not written on WhatsApp yet, so there is no open 24-hour window: WhatsApp refuses free-form messages. Send an approved template instead.',
      window: { open: false, closesAt: closesAt(24) },
    };
  }
  if ((i.provider === 'messenger' || i.provider === 'instagram') && !i.isComment) {
    const name = NAMES[i.provider];
    if (since <= 24 * HOUR) return { level: 'ok', reason: null, window: { open: true, closesAt: closesAt(24) } };
    if (since <= 7 * 24 * HOUR) {
      return { level: 'warn', reason: `Outside ${name}’s 24-hour window: this reply goes out as a human-agent message, allowed until 7 days after the customer’s last message.`, window: { open: true, closesAt: closesAt(7 * 24), humanAgent: true } };
    }
    return {
      level: 'block',
      reason: i.lastInboundAt ? `${name} allows human-agent replies up to 7 days after the customer’s last message; this conversation is older.` : `The customer has not written on ${name} yet; ${name} does not allow messaging them first.`,
      window: { open: false, closesAt: closesAt(7 * 24) },
    };
  }
  return null;
}

function formatLeft(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}

function lengthCounter(i: ChannelLimitInput): { counter: string | null; level: LimitLevel; sms?: SmsSegments } {
  const n = chars(i.text);
  if (i.provider === 'sms') {
    const sms = countSmsSegments(i.text);
    const what = sms.segments === 1 ? '1 SMS' : `${sms.segments} SMS segments`;
    const unicode = sms.encoding === 'UCS-2' ? ' · Unicode' : '';
    const counter = sms.segments === 0 ? '0/160' : `${what} · ${sms.units}/${sms.capacity}${unicode}`;
    return { counter, level: n > SMS_MAX_CHARS ? 'block' : sms.segments > 1 ? 'warn' : 'ok', sms };
  }
  if (i.provider === 'x') {
    const used = i.isPublicReply ? xWeightedLength(i.text) : n;
    const max = i.isPublicReply ? X_MAX_WEIGHTED : X_DM_MAX;
    return { counter: `${used.toLocaleString('en')}/${max.toLocaleString('en')}`, level: used > max ? 'block' : used > max * 0.9 ? 'warn' : 'ok' };
  }
  const max = MAX_CHARS[i.provider];
  if (!max) return { counter: null, level: 'ok' };
  return { counter: `${n.toLocaleString('en')}/${max.toLocaleString('en')}`, level: n > max ? 'block' : n > max * 0.9 ? 'warn' : 'ok' };
}

export function channelLimits(i: ChannelLimitInput): ChannelLimits {
  const length = lengthCounter(i);
  const win = messagingWindow(i);
  const hard = hardLimitProblem(i.provider, i.text, i.isPublicReply);
  // A closed window outranks a length problem: no text fixes it.
  const reason = win?.level === 'block' ? win.reason : (hard ?? win?.reason ?? smsNote(length.sms));
  return { level: worst(length.level, win?.level ?? 'ok'), counter: length.counter, counterLevel: length.level, reason, window: win?.window ?? null, ...(length.sms ? { sms: length.sms } : {}) };
}

function smsNote(sms: SmsSegments | undefined): string | null {
  if (!sms || sms.segments < 2) return null;
  const chars = sms.nonGsm.slice(0, 3).map((c) => `“${c}”`).join(' ');
  const why = sms.encoding === 'UCS-2' ? ` ${chars} ${sms.nonGsm.length === 1 ? 'is' : 'are'} not in the GSM alphabet, so every part holds only 67 characters.` : '';
  return `This reply is sent as ${sms.segments} SMS (billed per segment).${why}`;
}
