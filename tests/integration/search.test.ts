// Full-text search against a real Postgres: the triggers index what is
// written through Prisma, and GET /api/v1/search finds it in English,
// Romanian (with and without diacritics), Spanish, German, French,
// Portuguese, Traditional and Simplified Chinese (2-character words in
// unspaced text) and Japanese (kana and kanji); contacts by name, handle,
// email and phone; never another workspace's rows; snippets with the match;
// odd queries answer 200, not 500; bad ones 400.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { scopedDb } from '@/lib/tenancy';
import { searchInbox } from '@/lib/search/search-inbox';
import { searchInput } from '@/lib/search/search-input';
import { SEARCH_LIMITS } from '@/lib/search/search-messages';
import { GET as searchRoute } from '@/app/api/v1/search/route';
import { callRoute, isErrorBody } from '../helpers/call-route';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;
type Hit = { conversation: { id: string; status: string }; match: { messageId: string; snippet: { text: string; match: boolean }[] } };

const TEXTS = {
  en: 'Hi, I would like a Refund for order 88231, the jacket arrived torn.',
  ro: 'Bună ziua, vreau să returnez plățile duble din contul meu de luna trecută.',
  es: 'Hola, quiero un Reembolso de mi pedido, llegó roto.',
  de: 'Guten Tag, ich möchte eine Rückerstattung für meine Bestellung in der Hauptstraße.',
  fr: 'Bonjour, je voudrais être remboursé pour la commande reçue abîmée.',
  pt: 'Olá, quero a devolução do pagamento da minha encomenda.',
  zhHant: '您好，我想申請退款，訂單還沒到。',
  zhHans: '你好，我想申请退款，订单还没有到。',
  zhHansDecoy: '我要退出这个群，款式也不喜欢。',
  ja: '注文した商品が届きません。返金してください。キャンセルも可能ですか？',
  long: `${'We have been customers for many years and usually everything works well. '.repeat(4)}This time the invoice shows a duplicated charge of 49 euros. ${'Please look into it when you can. '.repeat(4)}`,
} as const;

let ws: Ws;
let other: Ws;
const conv: Record<string, string> = {};
const msg: Record<string, string> = {};
let otherIds: Set<string>;
let contactIds: Record<string, string>;

async function seedConversation(w: Ws, key: string, text: string, opts: { status?: 'open' | 'resolved'; contactName?: string; at?: Date; subject?: string } = {}) {
  const wid = w.workspace.id;
  const contact = await db.contact.create({ data: { workspaceId: wid, name: opts.contactName ?? `Customer ${key}` } });
  const c = await db.conversation.create({
    data: { workspaceId: wid, channelId: w.channel.id, contactId: contact.id, status: opts.status ?? 'open', preview: text.slice(0, 80), subject: opts.subject },
  });
  const m = await db.message.create({
    data: {
      workspaceId: wid,
      conversationId: c.id,
      channelId: w.channel.id,
      direction: 'in',
      contactId: contact.id,
      text,
      subject: opts.subject,
      providerMessageId: crypto.randomUUID(),
      createdAt: opts.at,
    },
  });
  return { conversationId: c.id, messageId: m.id, contactId: contact.id };
}

beforeAll(async () => {
  ws = await createTestWorkspace();
  other = await createTestWorkspace();
  for (const [key, text] of Object.entries(TEXTS)) {
    const r = await seedConversation(ws, key, text, { status: key === 'es' ? 'resolved' : 'open' });
    conv[key] = r.conversationId;
    msg[key] = r.messageId;
  }
  // The other workspace has the same texts (and a contact with the same name): never returned.
  const ids: string[] = [];
  for (const [key, text] of Object.entries(TEXTS)) ids.push((await seedConversation(other, key, text)).conversationId);
  otherIds = new Set(ids);

  // Contacts with identities, written the way ingest writes them.
  const mk = async (w: Ws, name: string, identities: { provider: 'whatsapp' | 'email' | 'x'; externalId: string; handle?: string; email?: string; phone?: string }[]) => {
    const c = await db.contact.create({ data: { workspaceId: w.workspace.id, name } });
    for (const i of identities) await db.contactIdentity.create({ data: { workspaceId: w.workspace.id, contactId: c.id, ...i } });
    return c.id;
  };
  contactIds = {
    ana: await mk(ws, 'Ana Popescu', [
      { provider: 'whatsapp', externalId: '+40721234567', phone: '+40721234567' },
      { provider: 'email', externalId: 'ana.popescu@example.ro', email: 'ana.popescu@example.ro' },
      { provider: 'x', externalId: '998877', handle: 'ana_pop_ro' },
    ]),
    wang: await mk(ws, '王小明', [{ provider: 'x', externalId: '112233', handle: 'xiaoming_w' }]),
    otherAna: await mk(other, 'Ana Popescu', [{ provider: 'whatsapp', externalId: '+40721234567', phone: '+40721234567' }]),
  };
});

const search = (q: string, extra = '', key = ws.apiKey) => callRoute(searchRoute, `/api/v1/search?q=${encodeURIComponent(q)}${extra}`, { key });

async function found(q: string, extra = ''): Promise<string[]> {
  const r = await search(q, extra);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const ids = (r.body.conversations as Hit[]).map((h) => h.conversation.id);
  for (const id of ids) expect(otherIds.has(id)).toBe(false);
  return ids;
}

describe('search: languages', () => {
  it.each([
    ['en', 'refund', 'en'],
    ['en, upper case and prefix', 'REFUN', 'en'],
    ['ro with diacritics', 'plățile', 'ro'],
    ['ro without diacritics', 'platile', 'ro'],
    ['ro, cedilla instead of comma below', 'plăţile', 'ro'],
    ['ro, a prefix without diacritics', 'plati', 'ro'],
    ['es, any case', 'reembolso', 'es'],
    ['de without umlaut', 'ruckerstattung', 'de'],
    ['de, ß as ss', 'hauptstrasse', 'de'],
    ['fr without accents', 'rembourse', 'fr'],
    ['pt without accents', 'devolucao', 'pt'],
    ['zh-Hant 2-character word', '退款', 'zhHant'],
    ['zh-Hant 2-character word', '訂單', 'zhHant'],
    ['zh-Hans 2-character word', '订单', 'zhHans'],
    ['ja kanji', '返金', 'ja'],
    ['ja kanji', '注文', 'ja'],
    ['ja hiragana', 'ください', 'ja'],
    ['ja katakana', 'キャンセル', 'ja'],
    ['ja half-width katakana (NFKC)', 'ｷｬﾝｾﾙ', 'ja'],
  ])('%s: "%s" finds the %s message', async (_label, q, key) => {
    expect(await found(q)).toContain(conv[key]);
  });

  it('finds 退款 in both Chinese scripts, but not where 退 and 款 are apart', async () => {
    const ids = await found('退款');
    expect(ids).toEqual(expect.arrayContaining([conv.zhHant, conv.zhHans]));
    expect(ids).not.toContain(conv.zhHansDecoy);
  });

  it('matches a longer CJK query as a phrase of bigrams', async () => {
    expect(await found('申请退款')).toEqual([conv.zhHans]);
    expect(await found('申請退款')).toEqual([conv.zhHant]);
    expect(await found('退款申请')).toEqual([]);
  });

  it('ANDs words: every word must match', async () => {
    expect(await found('refund jacket')).toEqual([conv.en]);
    expect(await found('refund umbrella')).toEqual([]);
  });

  it('finds a message by its subject too', async () => {
    const r = await seedConversation(ws, 'subject', 'see attached', { subject: 'Factură greșită pentru abonament' });
    expect(await found('factura gresita')).toEqual([r.conversationId]);
    const hit = ((await search('factura')).body.conversations as Hit[])[0];
    expect(hit.match.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Factură']);
  });
});

describe('search: contacts', () => {
  const contactsFor = async (q: string) => {
    const r = await search(q);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (r.body.contacts as { id: string }[]).map((c) => c.id);
  };

  it.each([
    ['name', 'popescu'],
    ['name with another case', 'ANA POPESCU'],
    ['handle', '@ana_pop_ro'],
    ['email', 'ana.popescu@example.ro'],
    ['phone, international', '+40721234567'],
    ['phone, national with spaces', '0721 234 567'],
    ['phone, with punctuation', '+40 (721) 234-567'],
  ])('by %s: "%s"', async (_label, q) => {
    const ids = await contactsFor(q);
    expect(ids).toContain(contactIds.ana);
    expect(ids).not.toContain(contactIds.otherAna);
  });

  it('by a 2-character Chinese given name', async () => {
    expect(await contactsFor('小明')).toEqual([contactIds.wang]);
  });

  it('returns identities and follows later changes (trigger on identities)', async () => {
    const r = await search('popescu');
    const ana = (r.body.contacts as { id: string; identities: { provider: string; email: string | null }[] }[]).find((c) => c.id === contactIds.ana)!;
    expect(ana.identities.map((i) => i.provider).sort()).toEqual(['email', 'whatsapp', 'x']);
    expect(await contactsFor('ana.newaddress@example.com')).toEqual([]);
    await db.contactIdentity.create({
      data: { workspaceId: ws.workspace.id, contactId: contactIds.ana, provider: 'email', externalId: 'ana.newaddress@example.com', email: 'ana.newaddress@example.com' },
    });
    expect(await contactsFor('ana.newaddress@example.com')).toEqual([contactIds.ana]);
    await db.contact.update({ where: { id: contactIds.ana }, data: { name: 'Ana Ionescu' } });
    expect(await contactsFor('ionescu')).toEqual([contactIds.ana]);
    expect(await contactsFor('ana.newaddress@example.com')).toEqual([contactIds.ana]);
  });
});

describe('search: results', () => {
  it('never returns another workspace\'s conversations or contacts', async () => {
    const r = await search('popescu', '', other.apiKey);
    expect(r.status).toBe(200);
    const contactIdsSeen = (r.body.contacts as { id: string }[]).map((c) => c.id);
    expect(contactIdsSeen).toEqual([contactIds.otherAna]);
    const mine = await found('退款');
    for (const id of mine) expect(otherIds.has(id)).toBe(false);
    const theirs = ((await search('退款', '', other.apiKey)).body.conversations as Hit[]).map((h) => h.conversation.id);
    expect(theirs.length).toBeGreaterThan(0);
    for (const id of theirs) expect(otherIds.has(id)).toBe(true);
  });

  it('gives a snippet around the match, split into plain-text parts', async () => {
    const hit = ((await search('duplicated charge')).body.conversations as Hit[])[0];
    expect(hit.conversation.id).toBe(conv.long);
    expect(hit.match.messageId).toBe(msg.long);
    const parts = hit.match.snippet;
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['duplicated', 'charge']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(200);
  });

  it('highlights the matched words in the original spelling, CJK included', async () => {
    const ro = ((await search('platile')).body.conversations as Hit[]).find((h) => h.conversation.id === conv.ro)!;
    expect(ro.match.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['plățile']);
    const ja = ((await search('返金')).body.conversations as Hit[]).find((h) => h.conversation.id === conv.ja)!;
    expect(ja.match.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['返金']);
    expect(ja.match.snippet.map((p) => p.text).join('')).toBe(TEXTS.ja);
  });

  it('lists a conversation once, at its newest matching message, newest first, across pages', async () => {
    const w = await createTestWorkspace();
    const base = Date.parse('2026-10-01T10:00:00Z');
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await seedConversation(w, `p${i}`, `widget number ${i} is broken`, { at: new Date(base + i * 60_000) }));
    // A second, newer match in the first conversation: it moves to the top, once.
    const extra = await db.message.create({
      data: { workspaceId: w.workspace.id, conversationId: made[0].conversationId, channelId: w.channel.id, direction: 'out', text: 'The widget replacement is on its way', createdAt: new Date(base + 10 * 60_000) },
    });
    const seen: string[] = [];
    const messages: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    for (let page = 0; page < 10; page++) {
      const r = await search('widget', `&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, w.apiKey);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      sizes.push(r.body.conversations.length);
      for (const h of r.body.conversations as Hit[]) {
        seen.push(h.conversation.id);
        messages.push(h.match.messageId);
      }
      cursor = r.body.nextCursor;
      if (!cursor) break;
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual([made[0], made[4], made[3], made[2], made[1]].map((m) => m.conversationId));
    expect(messages[0]).toBe(extra.id);
  });

  it('combines with the list filters', async () => {
    expect(await found('reembolso')).toEqual([conv.es]);
    expect(await found('reembolso', '&status=open')).toEqual([]);
    expect(await found('reembolso', '&status=resolved')).toEqual([conv.es]);
    expect(await found('refund', '&channel=api')).toEqual([conv.en]);
    expect(await found('refund', '&channel=whatsapp')).toEqual([]);
    const tag = await db.tag.create({ data: { workspaceId: ws.workspace.id, key: 'billing', name: 'Billing' } });
    expect(await found('refund', '&tag=billing')).toEqual([]);
    await db.tagApplication.create({ data: { workspaceId: ws.workspace.id, conversationId: conv.en, tagId: tag.id, source: 'agent' } });
    expect(await found('refund', '&tag=billing')).toEqual([conv.en]);
    const bad = await search('refund', '&tag=nope');
    expect(bad.status).toBe(400);
  });

  it('indexes an edited message text (trigger on update)', async () => {
    await db.message.update({ where: { id: msg.pt }, data: { text: 'Olá, afinal quero trocar o tamanho.' } });
    expect(await found('devolucao')).toEqual([]);
    expect(await found('tamanho')).toEqual([conv.pt]);
  });

  it('is the same function the inbox page calls (session caller, scoped client)', async () => {
    const ctx = { workspaceId: ws.workspace.id, db: scopedDb(ws.workspace.id), actor: { type: 'user' as const, membershipId: ws.agent.membership.id, userId: ws.agent.user.id } };
    const r = await searchInbox(ctx as never, searchInput.parse({ q: '返金' }));
    expect(r.conversations.map((h) => h.conversation.id)).toEqual([conv.ja]);
  });
});

describe('search: the bounded paths (every match known, or a walk of the newest messages)', () => {
  let w: Ws;
  let convs: { conversationId: string; messageId: string }[];
  let extraId: string;
  const defaults = { ...SEARCH_LIMITS };
  afterAll(() => Object.assign(SEARCH_LIMITS, defaults));

  beforeAll(async () => {
    w = await createTestWorkspace();
    const base = Date.parse('2026-09-01T10:00:00Z');
    convs = [];
    for (let i = 0; i < 9; i++) {
      convs.push(await seedConversation(w, `b${i}`, `gadget ${i} stopped working`, { at: new Date(base + i * 60_000), status: i % 3 === 0 ? 'resolved' : 'open' }));
      // Noise between the matches, so a walk window holds few of them.
      await seedConversation(w, `n${i}`, `unrelated message ${i}`, { at: new Date(base + i * 60_000 + 30_000) });
    }
    extraId = (
      await db.message.create({
        data: { workspaceId: w.workspace.id, conversationId: convs[2].conversationId, channelId: w.channel.id, direction: 'out', text: 'A new gadget is on its way', createdAt: new Date(base + 20 * 60_000) },
      })
    ).id;
    // The newest message matches nothing (so a one-message first window finds nothing).
    await seedConversation(w, 'newest', 'thanks, all good now', { at: new Date(base + 30 * 60_000) });
  });

  async function walkAll(extra = '') {
    const seen: string[] = [];
    const messages: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 40; page++) {
      const r = await search('gadget', `&limit=2${extra}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, w.apiKey);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      for (const h of r.body.conversations as Hit[]) {
        seen.push(h.conversation.id);
        messages.push(h.match.messageId);
      }
      cursor = r.body.nextCursor;
      if (!cursor) break;
    }
    return { seen, messages };
  }

  const expected = () => [convs[2], ...[8, 7, 6, 5, 4, 3, 1, 0].map((i) => convs[i])].map((c) => c.conversationId);

  it.each([
    ['the first walk finds them all (a window larger than the workspace)', { firstWindow: 2000, hitCap: 5000, secondWindow: 10_000 }],
    ['a small first window, then the longer walk', { firstWindow: 3, hitCap: 5000, secondWindow: 10_000 }],
    ['small windows, the rest through the GIN index', { firstWindow: 3, hitCap: 5000, secondWindow: 4 }],
    ['nothing in the first window: the GIN index', { firstWindow: 1, hitCap: 5000, secondWindow: 4 }],
    ['small windows and a small cap: window after window (pages may be short)', { firstWindow: 3, hitCap: 2, secondWindow: 4 }],
  ])('%s: each conversation once, at its newest match, newest first', async (_label, limits) => {
    Object.assign(SEARCH_LIMITS, limits);
    const { seen, messages } = await walkAll();
    expect(seen).toEqual(expected());
    expect(messages[0]).toBe(extraId);
    const open = (await walkAll('&status=open')).seen;
    expect(open).toEqual(expected().filter((id) => ![0, 3, 6].some((i) => convs[i].conversationId === id)));
  });
});

describe('search: odd and bad input', () => {
  it.each(['a & b | !c', '"quoted phrase"', "it's", 'back\\slash\\', '%', '100%', "'; DROP TABLE \"Message\"; --", ':*', '<-> (', '!!!', '*', '\u0000x', '🙂'])(
    'answers 200 for %j',
    async (q) => {
      const r = await search(q);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(Array.isArray(r.body.conversations)).toBe(true);
    },
  );

  it('still has its tables after the injection-like queries', async () => {
    expect(await db.message.count({ where: { workspaceId: ws.workspace.id } })).toBeGreaterThan(10);
  });

  it.each([
    ['no q', ''],
    ['an empty q', '?q='],
    ['a blank q', '?q=%20%20%20'],
    ['a q over 200 characters', `?q=${'a'.repeat(201)}`],
    ['a malformed cursor', '?q=refund&cursor=nope'],
    ['a limit over 50', '?q=refund&limit=51'],
    ['an unknown parameter', '?q=refund&sort=oldest'],
  ])('answers 400 for %s', async (_label, qs) => {
    const r = await callRoute(searchRoute, `/api/v1/search${qs}`, { key: ws.apiKey });
    expect(r.status).toBe(400);
    expect(isErrorBody(r.body)).toBe(true);
  });

  it('answers 401 without an API key', async () => {
    const r = await callRoute(searchRoute, '/api/v1/search?q=refund');
    expect(r.status).toBe(401);
  });
});
