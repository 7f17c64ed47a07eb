// The live-chat channel end to end through its real route handlers: sessions,
// idempotent messages, tokens, origins, per-visitor history, email capture,
// and an agent's reply reaching the visitor's event stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { closeRelay } from '@/lib/live/get-relay';
import { closeQueues } from '@/lib/queue/get-queue';
import { subscribeLive, type LiveEvent } from '@/lib/live/live-events';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { deliverOutboundMessage } from '@/lib/outbound/deliver-outbound-message';
import { sendReply } from '@/lib/conversations/send-reply';
import { scopedDb } from '@/lib/tenancy';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import { POST as postMessage, OPTIONS as preflightMessage } from '@/app/api/webhooks/chat/[channelId]/route';
import { POST as postSession } from '@/app/api/chat/[channelId]/session/route';
import { GET as getMessages } from '@/app/api/chat/[channelId]/messages/route';
import { POST as postContact } from '@/app/api/chat/[channelId]/contact/route';
import { GET as getEvents } from '@/app/api/chat/[channelId]/events/route';
import { GET as getFrame } from '@/app/chat/[channelId]/route';
import { GET as getWidget } from '@/app/widget.js/route';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(async () => {
  await closeRelay();
  await closeQueues();
  await disconnectDb();
});

const SHOP = 'https://shop.example.com';
type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;
let ws: Ws;

beforeAll(async () => {
  ws = await createTestWorkspace({ provider: 'chat' });
  await db.channel.update({ where: { id: ws.channel.id }, data: { settings: { widgetKey: 'wk_test', allowedOrigins: [SHOP, 'https://*.example.org'] }, credentials: null } });
});

const seg = (channelId: string) => ({ params: Promise.resolve({ channelId }) });
const req = (path: string, init: RequestInit & { origin?: string | null } = {}) => {
  const headers = new Headers(init.headers);
  if (init.origin !== null) headers.set('origin', init.origin ?? SHOP);
  return new Request(`http://switchboard.test${path}`, { ...init, headers });
};
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function session(channelId = ws.channel.id, origin?: string | null) {
  const res = await postSession(req(`/api/chat/${channelId}/session`, { method: 'POST', origin }), seg(channelId));
  expect(res.status).toBe(201);
  const { visitorId, token } = (await res.json()) as { visitorId: string; token: string };
  return { visitorId, token };
}
const send = (v: { visitorId: string; token: string }, body: Record<string, unknown>, origin?: string | null, channelId = ws.channel.id) =>
  postMessage(req(`/api/webhooks/chat/${channelId}`, { ...json({ ...v, ...body }), origin }), seg(channelId));
const history = async (v: { visitorId: string; token: string }, query = '') => {
  const res = await getMessages(req(`/api/chat/${ws.channel.id}/messages${query}`, { headers: { 'x-chat-visitor': v.visitorId, 'x-chat-token': v.token } }), seg(ws.channel.id));
  return { status: res.status, body: await res.json() };
};

describe('chat widget endpoints', () => {
  it('stores a visitor message once for a repeated clientMessageId, as the visitor’s contact and conversation', async () => {
    const v = await session();
    const msg = { clientMessageId: 'cm_0001_abcdef', text: 'Hi, where is my order?', pageUrl: `${SHOP}/orders` };
    const first = await send(v, msg);
    expect(first.status).toBe(201);
    expect(first.headers.get('access-control-allow-origin')).toBe(SHOP);
    const a = await first.json();
    expect(a).toMatchObject({ messageId: expect.any(String), conversationId: expect.any(String), clientMessageId: msg.clientMessageId, duplicate: false });
    const again = await send(v, msg);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ messageId: a.messageId, conversationId: a.conversationId, duplicate: true });

    const rows = await db.message.findMany({ where: { channelId: ws.channel.id, conversationId: a.conversationId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ direction: 'in', text: msg.text, providerMessageId: `${v.visitorId}:${msg.clientMessageId}`, meta: { pageUrl: msg.pageUrl } });
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: a.conversationId }, include: { contact: { include: { identities: true } } } });
    expect(conversation.threadKey).toBe(`visitor:${v.visitorId}`);
    expect(conversation.contact.name).toMatch(/^Visitor \d{4}$/);
    expect(conversation.contact.identities).toMatchObject([{ provider: 'chat', externalId: v.visitorId, channelId: ws.channel.id }]);
    expect(await db.outbox.count({ where: { workspaceId: ws.workspace.id, jobId: `triage-${a.messageId}` } })).toBe(1);
  });

  it('refuses a wrong or borrowed token (401), a foreign origin (403), bad bodies (400/413) and unknown channels (404), writing nothing', async () => {
    const v = await session();
    const other = await session();
    const before = await db.message.count({ where: { channelId: ws.channel.id } });
    const ok = { clientMessageId: 'cm_refused_01', text: 'hello' };
    expect((await send({ ...v, token: 'x'.repeat(43) }, ok)).status).toBe(401);
    expect((await send({ visitorId: v.visitorId, token: other.token }, ok)).status).toBe(401);
    // A session of another chat channel is no good here either.
    const elsewhere = await createTestWorkspace({ provider: 'chat' });
    const foreign = await session(elsewhere.channel.id, null);
    expect((await send(foreign, ok)).status).toBe(401);

    const refused = await send(v, ok, 'https://evil.example.net');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await refused.json()).error.code).toBe('origin_not_allowed');
    const pre = await preflightMessage(req(`/api/webhooks/chat/${ws.channel.id}`, { method: 'OPTIONS', origin: 'https://evil.example.net' }), seg(ws.channel.id));
    expect(pre.status).toBe(403);
    const preOk = await preflightMessage(req(`/api/webhooks/chat/${ws.channel.id}`, { method: 'OPTIONS', origin: 'https://help.example.org' }), seg(ws.channel.id));
    expect(preOk.status).toBe(204);
    expect(preOk.headers.get('access-control-allow-origin')).toBe('https://help.example.org');

    expect((await send(v, { clientMessageId: 'short', text: 'x' })).status).toBe(400);
    expect((await send(v, { clientMessageId: 'cm_blank_0001', text: '   ' })).status).toBe(400);
    expect((await send(v, { ...ok, extra: 1 })).status).toBe(400);
    const big = await send(v, { ...ok, text: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    expect((await send(v, ok, SHOP, 'no-such-channel')).status).toBe(404);
    await db.channel.update({ where: { id: elsewhere.channel.id }, data: { enabled: false } });
    expect((await send(foreign, ok, null, elsewhere.channel.id)).status).toBe(404);

    expect(await db.message.count({ where: { channelId: ws.channel.id } })).toBe(before);
    expect(await db.contactIdentity.count({ where: { externalId: { in: [v.visitorId, other.visitorId] } } })).toBe(0);
  });

  it('accepts same-origin calls (our own iframe) and calls without an Origin header', async () => {
    const v = await session();
    expect((await send(v, { clientMessageId: 'cm_same_origin', text: 'from the iframe' }, 'http://switchboard.test')).status).toBe(201);
    expect((await send(v, { clientMessageId: 'cm_no_origin_1', text: 'no origin' }, null)).status).toBe(201);
  });

  it('gives each visitor only their own history, without internal notes', async () => {
    const a = await session();
    const b = await session();
    const sentA = await (await send(a, { clientMessageId: 'cm_hist_a_001', text: 'I am A' })).json();
    await send(b, { clientMessageId: 'cm_hist_b_001', text: 'I am B' });
    const ctx = { workspaceId: ws.workspace.id, role: 'agent' as const, actor: { type: 'user' as const, userId: ws.agent.user.id, membershipId: ws.agent.membership.id, name: 'Agent Smith', email: ws.agent.email }, db: scopedDb(ws.workspace.id) };
    await sendReply(ctx, { conversationId: sentA.conversationId, kind: 'note', text: 'internal: VIP?' });
    const reply = await sendReply(ctx, { conversationId: sentA.conversationId, text: 'Hello A, checking now' });

    const ha = await history(a);
    expect(ha.status).toBe(200);
    expect(ha.body.messages.map((m: { text: string }) => m.text)).toEqual(['I am A', 'Hello A, checking now']);
    expect(ha.body.messages[0]).toMatchObject({ direction: 'in', clientMessageId: 'cm_hist_a_001' });
    expect(ha.body.messages[1]).toMatchObject({ id: reply.id, direction: 'out' });
    const hb = await history(b);
    expect(hb.body.messages.map((m: { text: string }) => m.text)).toEqual(['I am B']);
    // after=: only what came later.
    const later = await history(a, `?after=${sentA.messageId}`);
    expect(later.body.messages.map((m: { id: string }) => m.id)).toEqual([reply.id]);
    expect((await history({ visitorId: a.visitorId, token: b.token })).status).toBe(401);
  });

  it('stores a left email as an email identity, so a later email from it joins the same contact', async () => {
    const v = await session();
    const sent = await (await send(v, { clientMessageId: 'cm_email_0001', text: 'Can you email me the invoice?' })).json();
    const res = await postContact(req(`/api/chat/${ws.channel.id}/contact`, json({ ...v, email: 'Jo.Buyer@Example.com', name: 'Jo Buyer' })), seg(ws.channel.id));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const contact = await db.contact.findFirstOrThrow({ where: { identities: { some: { provider: 'chat', externalId: v.visitorId } } }, include: { identities: true } });
    expect(contact.name).toBe('Jo Buyer');
    expect(contact.identities.find((i) => i.provider === 'email')).toMatchObject({ externalId: 'jo.buyer@example.com', email: 'jo.buyer@example.com' });

    const emailChannel = await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'email', name: 'Support email' } });
    const mail = await ingestInboundMessage(emailChannel, { providerMessageId: '<m1@example.com>', sentAt: new Date(), contact: { externalId: 'jo.buyer@example.com', email: 'jo.buyer@example.com', name: 'Jo' }, text: 'Following up by email' });
    expect(mail.contactId).toBe(contact.id);
    expect(sent.conversationId).not.toBe(mail.conversationId);
    expect((await postContact(req(`/api/chat/${ws.channel.id}/contact`, json({ ...v, email: 'not-an-email' })), seg(ws.channel.id))).status).toBe(400);
  });

  it('links a visitor who leaves a known customer’s email to that customer, yet keeps their history apart', async () => {
    const first = await session();
    await send(first, { clientMessageId: 'cm_known_0001', text: 'First device' });
    await postContact(req(`/api/chat/${ws.channel.id}/contact`, json({ ...first, email: 'known@example.com' })), seg(ws.channel.id));
    const known = await db.contactIdentity.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, provider: 'email', externalId: 'known@example.com' } });

    const second = await session();
    const sent = await (await send(second, { clientMessageId: 'cm_known_0002', text: 'Second device' })).json();
    const res = await postContact(req(`/api/chat/${ws.channel.id}/contact`, json({ ...second, email: 'KNOWN@example.com' })), seg(ws.channel.id));
    expect(await res.json()).toEqual({ ok: true });
    const moved = await db.conversation.findUniqueOrThrow({ where: { id: sent.conversationId } });
    expect(moved.contactId).toBe(known.contactId);
    expect(await db.conversationEvent.count({ where: { conversationId: moved.id, kind: 'contact' } })).toBe(1);
    const h = await history(second);
    expect(h.body.messages.map((m: { text: string }) => m.text)).toEqual(['Second device']);
  });

  it('delivers an agent reply through the outbox and the chat sender to the visitor’s event stream', async () => {
    const v = await session();
    const sent = await (await send(v, { clientMessageId: 'cm_live_00001', text: 'Is anyone there?' })).json();

    const got: LiveEvent[] = [];
    const stop = await subscribeLive(`chat.${ws.channel.id}.${v.visitorId}`, (e) => got.push(e));
    const abort = new AbortController();
    const stream = await getEvents(
      new Request(`http://switchboard.test/api/chat/${ws.channel.id}/events?visitorId=${v.visitorId}&token=${v.token}`, { signal: abort.signal }),
      seg(ws.channel.id),
    );
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();

    const ctx = { workspaceId: ws.workspace.id, role: 'agent' as const, actor: { type: 'user' as const, userId: ws.agent.user.id, membershipId: ws.agent.membership.id, name: 'Agent', email: ws.agent.email }, db: scopedDb(ws.workspace.id) };
    const reply = await sendReply(ctx, { conversationId: sent.conversationId, text: 'Yes! How can I help?' });
    expect(await drainOutbox()).toBeGreaterThan(0);
    expect(await deliverOutboundMessage(ws.workspace.id, reply.id)).toBe('sent');

    let text = '';
    const deadline = Date.now() + 8000;
    while (!text.includes(reply.id) && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 500))]);
      if (chunk && !chunk.done) text += new TextDecoder().decode(chunk.value);
    }
    abort.abort();
    await reader.cancel().catch(() => {});
    expect(text).toContain(`id: ${reply.id}\nevent: message\n`);
    const data = JSON.parse(text.split(`id: ${reply.id}\nevent: message\ndata: `)[1].split('\n')[0]);
    expect(data).toMatchObject({ id: reply.id, direction: 'out', text: 'Yes! How can I help?', status: 'delivered', author: ws.agent.user.name.split(' ')[0] });
    expect(got.find((e) => (e.message as { id: string }).id === reply.id)).toBeTruthy();
    await stop();

    const row = await db.message.findUniqueOrThrow({ where: { id: reply.id } });
    expect(row).toMatchObject({ status: 'delivered', providerMessageId: `chat-${reply.id}` });
    // The widget reading its history marks the reply read.
    await history(v, '?read=1');
    expect(await db.message.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: 'read', readAt: expect.any(Date) });
  });

  it('serves the loader with a long cache and the panel with a CSP limited to allowed origins', async () => {
    const loader = getWidget(new Request('http://switchboard.test/widget.js'));
    expect(loader.headers.get('cache-control')).toContain('max-age=86400');
    expect(loader.headers.get('content-type')).toContain('javascript');
    expect(await loader.text()).toContain('data-channel');
    const frame = await getFrame(new Request(`http://switchboard.test/chat/${ws.channel.id}`), seg(ws.channel.id));
    expect(frame.status).toBe(200);
    const csp = frame.headers.get('content-security-policy')!;
    expect(csp).toContain(`frame-ancestors 'self' ${SHOP} https://*.example.org`);
    expect(csp).toContain("connect-src 'self'");
    expect(await frame.text()).toContain(ws.workspace.name);
    expect((await getFrame(new Request('http://switchboard.test/chat/nope'), seg('nope'))).status).toBe(404);
  });
});
