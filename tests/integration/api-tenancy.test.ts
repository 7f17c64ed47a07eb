// The public API never lets one workspace read another's data, and refuses
// callers without a valid API key, always with a 4xx JSON error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { GET as listRoute } from '@/app/api/v1/conversations/route';
import { GET as detailRoute } from '@/app/api/v1/conversations/[id]/route';
import { GET as contactRoute } from '@/app/api/v1/contacts/[id]/route';
import { callRoute, isErrorBody } from '../helpers/call-route';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;
type Conv = Awaited<ReturnType<typeof createTestConversation>>;
let a: Ws;
let b: Ws;
let aConvs: Conv[];
let bConvs: Conv[];

beforeAll(async () => {
  a = await createTestWorkspace();
  b = await createTestWorkspace();
  aConvs = [];
  bConvs = [];
  for (let i = 0; i < 3; i++) aConvs.push(await createTestConversation(a.workspace.id, a.channel.id, `A says ${i}`));
  for (let i = 0; i < 4; i++) bConvs.push(await createTestConversation(b.workspace.id, b.channel.id, `B secret ${i}`));
  // B's conversations carry B's team, assignee and a tag only B has; both have a "support" team.
  for (const c of bConvs) await db.conversation.update({ where: { id: c.conversation.id }, data: { teamId: b.team.id, assigneeId: b.agent.membership.id, priority: 999_999_999 } });
  await db.conversation.update({ where: { id: aConvs[0].conversation.id }, data: { teamId: a.team.id } });
  const bTag = await db.tag.create({ data: { workspaceId: b.workspace.id, key: 'b_only', name: 'B only' } });
  await db.tagApplication.create({ data: { workspaceId: b.workspace.id, conversationId: bConvs[0].conversation.id, tagId: bTag.id, source: 'rule' } });
});

const routes = (): { name: string; handler: typeof listRoute; path: string; params: Record<string, string> }[] => [
  { name: 'list', handler: listRoute, path: '/api/v1/conversations', params: {} },
  { name: 'conversation', handler: detailRoute, path: `/api/v1/conversations/${aConvs[0].conversation.id}`, params: { id: aConvs[0].conversation.id } },
  { name: 'contact', handler: contactRoute, path: `/api/v1/contacts/${aConvs[0].contact.id}`, params: { id: aConvs[0].contact.id } },
];

describe('API authentication', () => {
  it('answers 401 JSON to a missing, wrong, malformed or revoked key on every route', async () => {
    const revoked = await createApiKey(a.workspace.id, 'old key', 'manager');
    await db.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    const headers: [string, string | undefined][] = [
      ['missing', undefined],
      ['wrong key', `Bearer sb_${'x'.repeat(43)}`],
      ['not our format', 'Bearer hunter2'],
      ['bare Bearer', 'Bearer'],
      ['Bearer and spaces', 'Bearer    '],
      ['Basic auth', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
      ['key without scheme', a.apiKey],
      ['two tokens', `Bearer ${a.apiKey} extra`],
      ['revoked', `Bearer ${revoked.key}`],
      ['oversized', `Bearer sb_${'y'.repeat(5000)}`],
    ];
    for (const route of routes()) {
      for (const [label, authorization] of headers) {
        const r = await callRoute(route.handler, route.path, { authorization, params: route.params });
        expect(r.status, `${route.name}: ${label}`).toBe(401);
        expect(isErrorBody(r.body), `${route.name}: ${label}`).toBe(true);
        expect(r.body.error.code).toBe('unauthorized');
        expect(JSON.stringify(r.body)).not.toContain('A says');
      }
    }
  });

  it('accepts a valid key with any casing of the scheme, and records when it was used', async () => {
    const r = await callRoute(listRoute, '/api/v1/conversations', { authorization: `bearer ${a.apiKey}` });
    expect(r.status).toBe(200);
    const row = await db.apiKey.findFirstOrThrow({ where: { workspaceId: a.workspace.id, name: 'test key' } });
    expect(row.lastUsedAt).not.toBeNull();
  });
});

describe('API tenancy', () => {
  it('answers 404 when A’s key asks for B’s conversation or contact, exactly as for an unknown id', async () => {
    for (const c of bConvs) {
      const conv = await callRoute(detailRoute, `/api/v1/conversations/${c.conversation.id}`, { key: a.apiKey, params: { id: c.conversation.id } });
      expect(conv.status).toBe(404);
      expect(conv.body).toEqual({ error: { code: 'not_found', message: 'Conversation not found' } });
      const contact = await callRoute(contactRoute, `/api/v1/contacts/${c.contact.id}`, { key: a.apiKey, params: { id: c.contact.id } });
      expect(contact.status).toBe(404);
      expect(contact.body).toEqual({ error: { code: 'not_found', message: 'Contact not found' } });
    }
    // B's own key does see them, so the 404 above is the scope, not a broken route.
    const own = await callRoute(detailRoute, `/api/v1/conversations/${bConvs[0].conversation.id}`, { key: b.apiKey, params: { id: bConvs[0].conversation.id } });
    expect(own.status).toBe(200);
    expect(own.body.messages.map((m: { id: string }) => m.id)).toEqual([bConvs[0].message.id]);
  });

  it('treats B’s team, channel, assignee and tag as unknown filter values (400), never as B’s rows', async () => {
    const cases = [`team=${b.team.id}`, `channel=${b.channel.id}`, `assignee=${b.agent.membership.id}`, `assignee=${b.admin.membership.id}`, 'tag=b_only'];
    for (const q of cases) {
      const r = await callRoute(listRoute, `/api/v1/conversations?${q}`, { key: a.apiKey });
      expect(r.status, q).toBe(400);
      expect(r.body.error.code).toBe('bad_request');
      expect(r.body.error.message).toMatch(/^Unknown /);
    }
  });

  it('lists only A’s conversations, whatever the filters', async () => {
    const aIds = aConvs.map((c) => c.conversation.id).sort();
    const bIds = new Set(bConvs.map((c) => c.conversation.id));
    const all = await callRoute(listRoute, '/api/v1/conversations?limit=100', { key: a.apiKey });
    expect(all.status).toBe(200);
    expect(all.body.items.map((c: { id: string }) => c.id).sort()).toEqual(aIds);
    for (const q of ['team=support', 'channel=api', 'status=open', 'assignee=none', 'severity=4', 'sort=newest']) {
      const r = await callRoute(listRoute, `/api/v1/conversations?${q}&limit=100`, { key: a.apiKey });
      expect(r.status, q).toBe(200);
      expect(r.body.items.some((c: { id: string }) => bIds.has(c.id)), q).toBe(false);
    }
    // Both workspaces have a "support" team: the key resolves to A's.
    const support = await callRoute(listRoute, '/api/v1/conversations?team=support', { key: a.apiKey });
    expect(support.body.items.map((c: { id: string }) => c.id)).toEqual([aConvs[0].conversation.id]);
  });

  it('does not let a cursor carry a reader into another workspace', async () => {
    // Page B's list with B's key, then hand B's cursor to A: A sees only A's rows after it.
    const bPage = await callRoute(listRoute, '/api/v1/conversations?limit=1', { key: b.apiKey });
    expect(bPage.body.nextCursor).toBeTruthy();
    const r = await callRoute(listRoute, `/api/v1/conversations?limit=100&cursor=${bPage.body.nextCursor}`, { key: a.apiKey });
    expect(r.status).toBe(200);
    const bIds = new Set(bConvs.map((c) => c.conversation.id));
    expect(r.body.items.some((c: { id: string }) => bIds.has(c.id))).toBe(false);
  });
});
