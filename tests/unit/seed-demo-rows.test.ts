// The demo dataset built in memory (no database): coherent at any hour it is
// seeded, unique where the schema demands it, and shaped like the product's
// own decisions (routing, SLA, handoffs).
import { describe, expect, it } from 'vitest';
import { buildContacts } from '@/prisma/seed/build-contacts';
import { buildDemoRows } from '@/prisma/seed/build-demo-rows';
import { pickSlaPolicy } from '@/prisma/seed/compute-demo-sla';
import { snowflake, uuidv7 } from '@/prisma/seed/create-ids';
import { generateChannelSecrets } from '@/prisma/seed/demo-channels';
import { SLA_POLICIES } from '@/prisma/seed/demo-policies';
import { teamForTags } from '@/prisma/seed/route-demo-conversation';
import { c, type ThreadScript } from '@/prisma/seed/thread-script';

const build = (iso: string) => buildDemoRows({ now: new Date(iso), passwordHash: 'hash', encrypt: (s) => JSON.stringify(s) });

describe('buildDemoRows', () => {
  // A Monday morning, a Wednesday afternoon and a Sunday night.
  for (const iso of ['2026-06-15T07:45:00Z', '2026-06-17T14:00:00Z', '2026-06-14T02:00:00Z']) {
    it(`is coherent when seeded at ${iso}`, () => {
      const now = new Date(iso);
      const rows = build(iso);
      expect(rows.conversations.length).toBeGreaterThanOrEqual(200);
      expect(rows.messages.every((m) => (m.sentAt as Date) <= now)).toBe(true);

      const byConversation = new Map<string, typeof rows.messages>();
      for (const m of rows.messages) byConversation.set(m.conversationId, [...(byConversation.get(m.conversationId) ?? []), m]);
      for (const conv of rows.conversations) {
        const messages = byConversation.get(conv.id!)!;
        expect(messages[0].direction).toBe('in');
        expect(conv.messageCount).toBe(messages.length);
        expect((conv.lastMessageAt as Date) >= (conv.createdAt as Date)).toBe(true);
        if (conv.status === 'snoozed') expect((conv.snoozedUntil as Date) > now).toBe(true);
        if (conv.status === 'resolved') expect(conv.resolvedAt).toBeTruthy();
        if (conv.status === 'pending' || conv.status === 'resolved') expect(conv.waitingSince).toBeNull();
        const spoken = messages.filter((m) => m.direction !== 'note' && m.status !== 'failed');
        if (spoken.at(-1)!.direction === 'out') expect(conv.waitingSince).toBeNull();
        if (conv.triagedAt && conv.teamId) expect(conv.firstResponseDueAt).toBeTruthy();
        expect(conv.preview!.length).toBeGreaterThan(0);
        expect(conv.preview!.length).toBeLessThanOrEqual(140);
      }

      const providerIds = rows.messages.filter((m) => m.providerMessageId).map((m) => `${m.channelId}|${m.providerMessageId}`);
      expect(new Set(providerIds).size).toBe(providerIds.length);
      const identities = rows.identities.map((i) => `${i.provider}|${i.externalId}`);
      expect(new Set(identities).size).toBe(identities.length);
      expect(new Set(rows.notifications.map((n) => n.dedupeKey)).size).toBe(rows.notifications.length);
      expect(new Set(rows.trainingExamples.map((t) => `${t.messageId}|${t.tagKey}`)).size).toBe(rows.trainingExamples.length);
    });
  }

  it('writes provider-looking message ids and email threading headers', () => {
    const rows = build('2026-06-15T07:45:00Z');
    const provider = new Map(rows.channels.map((ch) => [ch.id, ch.provider]));
    const idsOf = (p: string) => rows.messages.filter((m) => provider.get(m.channelId) === p && m.providerMessageId).map((m) => m.providerMessageId!);
    expect(idsOf('messenger').every((id) => id.startsWith('m_'))).toBe(true);
    expect(idsOf('whatsapp').every((id) => id.startsWith('wamid.'))).toBe(true);
    expect(idsOf('x').every((id) => /^\d{18,20}$/.test(id))).toBe(true);
    expect(idsOf('sms').every((id) => /^SM[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(idsOf('email').every((id) => /^<.+@.+>$/.test(id))).toBe(true);
    const reply = rows.messages.find((m) => provider.get(m.channelId) === 'email' && m.direction === 'out')!;
    expect((reply.meta as { inReplyTo: string }).inReplyTo).toMatch(/^<.+>$/);
    expect(reply.html).toContain('<p>');
  });

  it('hands overnight leads from the night agent to the morning rep with a note', () => {
    const rows = build('2026-06-15T07:45:00Z');
    const sam = rows.memberships.find((m) => m.title === 'Overnight Customer Care')!.id;
    expect(rows.handoffs.length).toBeGreaterThanOrEqual(5);
    for (const h of rows.handoffs) {
      expect(h.fromId).toBe(sam);
      expect(h.toId).not.toBe(sam);
      const conv = rows.conversations.find((cv) => cv.id === h.conversationId)!;
      expect(conv.assigneeId).toBe(h.toId);
    }
  });
});

describe('seed helpers', () => {
  it('routes by tag precedence: incident > sales_lead > technical_issue > feature_request > ugc', () => {
    expect(teamForTags(['ugc', 'incident', 'sales_lead']).team).toBe('incident');
    expect(teamForTags(['feature_request', 'sales_lead']).team).toBe('sales');
    expect(teamForTags(['feature_request', 'technical_issue']).team).toBe('support');
    expect(teamForTags(['ugc', 'feature_request']).team).toBe('product');
    expect(teamForTags([])).toEqual({ team: 'support', reason: 'default: untagged service question → Support' });
  });

  it('picks the most specific SLA policy', () => {
    expect(pickSlaPolicy(SLA_POLICIES, 3, 'chat')?.name).toBe('Live chat · Normal');
    expect(pickSlaPolicy(SLA_POLICIES, 3, 'email')?.name).toBe('SEV3 · Normal');
    expect(pickSlaPolicy(SLA_POLICIES, 1, 'chat')?.name).toBe('SEV1 · Critical');
  });

  it('merges one customer writing on WhatsApp and SMS into one contact with two identities', () => {
    const who = { name: 'Ada Lovelace', phone: '+447700900999' };
    const scripts: ThreadScript[] = [
      { ch: 'whatsapp', lang: 'en', who, ago: 3, sev: 4, tags: [], msgs: [c('hi')] },
      { ch: 'sms', lang: 'en', who, ago: 1, sev: 4, tags: [], msgs: [c('hi again')] },
    ];
    const built = buildContacts(scripts, 'ws', new Map(), new Date('2026-06-15T08:00:00Z'));
    expect(built.contacts).toHaveLength(1);
    expect(built.identities.map((i) => [i.provider, i.externalId])).toEqual([['whatsapp', '447700900999'], ['sms', '+447700900999']]);
    expect(built.contacts[0]).toMatchObject({ preferredChannel: 'sms' });
  });

  it('makes time-ordered UUIDv7s and X snowflakes', () => {
    const a = uuidv7(Date.parse('2026-06-15T08:00:00Z'));
    const b = uuidv7(Date.parse('2026-06-15T08:00:01Z'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(BigInt(snowflake(Date.parse('2026-06-15T08:00:01Z'))) > BigInt(snowflake(Date.parse('2026-06-15T08:00:00Z')))).toBe(true);
  });

  it('generates fresh random secrets with the key names the webhooks expect', () => {
    const one = generateChannelSecrets('whatsapp');
    expect(Object.keys(one).sort()).toEqual(['accessToken', 'appSecret', 'verifyToken']);
    expect(generateChannelSecrets('whatsapp').appSecret).not.toBe(one.appSecret);
    expect(Object.keys(generateChannelSecrets('x')).sort()).toEqual(['accessToken', 'accessTokenSecret', 'consumerKey', 'consumerSecret']);
    expect(generateChannelSecrets('sms').authToken).toMatch(/^[0-9a-f]{32}$/);
    expect(generateChannelSecrets('api')).toEqual({});
  });
});
