import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedChannel } from '@/lib/channels/load-channel';
import type { ContactIdentity, Message } from '@/lib/generated/prisma/client';
import { parseTwilioForm } from '@/lib/channels/twilio/schema';
import { normalizeTwilio } from '@/lib/channels/twilio/normalize';
import { twilioMessageParams } from '@/lib/channels/twilio/send';
import { chooseXReplyTarget } from '@/lib/channels/x/send';

const channel = (provider: 'sms' | 'whatsapp', settings: Record<string, unknown> = {}) =>
  ({ channel: { id: 'ch1', provider, externalId: '+15005550006' }, settings: { phoneNumber: '+15005550006', accountSid: 'AC1', ...settings }, secrets: { authToken: 't' } }) as unknown as LoadedChannel;
const form = (p: Record<string, string>) => parseTwilioForm(new URLSearchParams(p).toString(), 'application/x-www-form-urlencoded');
const at = new Date('2026-11-20T10:00:00Z');

beforeAll(() => vi.stubEnv('APP_URL', 'https://inbox.example.com/'));

describe('Twilio status callbacks', () => {
  it.each([
    ['sent', { status: 'sent' }],
    ['delivered', { status: 'delivered' }],
    ['partially_delivered', { status: 'delivered' }],
    ['read', { status: 'read' }],
    ['canceled', { status: 'failed', error: 'Canceled' }],
  ])('%s → %o', (MessageStatus, expected) => {
    const batch = normalizeTwilio(form({ MessageSid: 'SM1', MessageStatus, SmsStatus: MessageStatus }), channel('sms'), at);
    expect(batch.statuses).toEqual([{ providerMessageId: 'SM1', at, ...expected }]);
  });

  it('explains a bare error code, and ignores queued/accepted/sending', () => {
    const failed = normalizeTwilio(form({ MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30007' }), channel('sms'), at);
    expect(failed.statuses[0].error).toBe('Undelivered (Twilio error 30007): Filtered by the carrier as spam');
    for (const s of ['queued', 'accepted', 'sending', 'scheduled']) {
      const b = normalizeTwilio(form({ MessageSid: 'SM1', MessageStatus: s }), channel('sms'), at);
      expect(b).toEqual({ messages: [], statuses: [], ignored: [`SM1: status ${s} says nothing new`] });
    }
  });

  it('treats SmsStatus=received with a Body as an inbound message, not a status', () => {
    const b = normalizeTwilio(form({ MessageSid: 'SM2', SmsStatus: 'received', From: '+14155550100', To: '+15005550006', Body: 'hi' }), channel('sms'), at);
    expect(b.messages).toHaveLength(1);
    expect(b.statuses).toHaveLength(0);
  });
});

describe('Twilio contacts and replies', () => {
  const reply = (provider: 'sms' | 'whatsapp', externalId: string, settings: Record<string, unknown> = {}) =>
    Object.fromEntries(
      twilioMessageParams({
        channel: channel(provider, settings),
        message: { text: 'Hello', attachments: [{ type: 'image', url: 'https://cdn.example.com/a.png' }] } as unknown as Message,
        recipient: { externalId } as ContactIdentity,
      }),
    );

  it('keeps whatsapp: on an SMS channel so the reply goes back over WhatsApp', () => {
    const b = normalizeTwilio(form({ MessageSid: 'SM3', From: 'whatsapp:+14155550100', To: 'whatsapp:+15005550006', Body: 'hi', WaId: '14155550100' }), channel('sms'), at);
    expect(b.messages[0].contact).toMatchObject({ externalId: 'whatsapp:+14155550100', phone: '+14155550100' });
    expect(reply('sms', 'whatsapp:+14155550100')).toMatchObject({ To: 'whatsapp:+14155550100', From: 'whatsapp:+15005550006' });
  });

  it('sends through a messaging service when the channel has one, with media URLs', () => {
    expect(reply('sms', '+14155550100', { messagingServiceSid: 'MG1' })).toEqual({
      To: '+14155550100',
      MessagingServiceSid: 'MG1',
      Body: 'Hello',
      MediaUrl: 'https://cdn.example.com/a.png',
      StatusCallback: 'https://inbox.example.com/api/webhooks/twilio/ch1',
    });
    expect(reply('whatsapp', '5541988887777')).toMatchObject({ To: 'whatsapp:+5541988887777', From: 'whatsapp:+15005550006' });
  });
});

describe('X reply target', () => {
  const recipient = { externalId: '42' } as ContactIdentity;
  it('replies publicly to a mention and by DM otherwise', () => {
    expect(chooseXReplyTarget({ recipient, lastInbound: { meta: { kind: 'mention', tweetId: '7' } } as unknown as Message })).toEqual({ kind: 'reply', tweetId: '7' });
    expect(chooseXReplyTarget({ recipient, lastInbound: { meta: { kind: 'dm', dmEventId: '8' } } as unknown as Message })).toEqual({ kind: 'dm', participantId: '42' });
    expect(chooseXReplyTarget({ recipient, lastInbound: null })).toEqual({ kind: 'dm', participantId: '42' });
  });
});
