// The inbox list's JSON endpoint (session only) and its lib: the page's
// filters and cursor, the SLA deadline per row, the live "ids" refetch, and
// workspace isolation. Rows are created in the database and read back through
// the real use case.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import type { Caller } from '@/lib/auth/session';
import { scopedDb } from '@/lib/tenancy';
import { inboxListInput, listInboxRows } from '@/lib/conversations/list-inbox-rows';
import { GET as listRoute } from '@/app/api/inbox/conversations/route';
import { callRoute, isErrorBody } from '../helpers/call-route';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

function ctxOf(ws: Ws, who: 'admin' | 'agent' = 'agent') {
  const p = ws[who];
  const caller: Caller = {
    workspaceId: ws.workspace.id,
    role: p.membership.role,
    actor: { type: 'user', userId: p.user.id, membershipId: p.membership.id, name: p.user.name, email: p.user.email },
  };
  return { ...caller, db: scopedDb(ws.workspace.id) };
}

async function seedConversations(ws: Ws, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id, `Message ${i}`);
    await db.conversation.update({ where: { id: conversation.id }, data: { priority: 100 - (i % 7) } });
    ids.push(conversation.id);
  }
  return ids;
}

describe('GET /api/inbox/conversations', () => {
  it('takes a signed-in session only: an API key is refused with 401 and the one error shape', async () => {
    const ws = await createTestWorkspace();
    const r = await callRoute(listRoute, '/api/inbox/conversations', { key: ws.apiKey });
    expect(r.status).toBe(401);
    expect(isErrorBody(r.body)).toBe(true);
    const bad = await callRoute(listRoute, '/api/inbox/conversations', { authorization: 'Basic abc' });
    expect(bad.status).toBe(401);
  });
});

describe('listInboxRows', () => {
  it('pages the open view by priority with the cursor: every open row exactly once, in order, none of another workspace', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const ids = await seedConversations(ws, 12);
    await seedConversations(other, 3);
    await db.conversation.update({ where: { id: ids[0] }, data: { status: 'resolved' } });
    const ctx = ctxOf(ws);

    const seen: { id: string; priority: number }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listInboxRows(ctx, inboxListInput.parse({ limit: '5', ...(cursor ? { cursor } : {}) }));
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((r) => ({ id: r.id, priority: r.priority })));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.map((r) => r.id).sort()).toEqual(ids.slice(1).sort());
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1].priority).toBeGreaterThanOrEqual(seen[i].priority);
    // JSON-ready rows: dates as strings.
    const first = (await listInboxRows(ctx, inboxListInput.parse({}))).items[0];
    expect(typeof first.lastMessageAt).toBe('string');
  });

  it('filters like the page (assignee=me, tag, status) and names the SLA deadline: the earliest pending target of an open row', async () => {
    const ws = await createTestWorkspace();
    const ids = await seedConversations(ws, 4);
    const ctx = ctxOf(ws);
    const me = ws.agent.membership.id;
    await db.conversation.updateMany({ where: { id: { in: ids.slice(0, 2) } }, data: { assigneeId: me } });
    const soon = new Date(Date.now() + 12 * 60_000);
    const later = new Date(Date.now() + 3 * 3600_000);
    await db.conversation.update({ where: { id: ids[0] }, data: { firstResponseDueAt: later, resolutionDueAt: soon } });
    const tag = await db.tag.create({ data: { workspaceId: ws.workspace.id, key: 'incident', name: 'Incident', color: '#dc2626' } });
    await db.tagApplication.create({ data: { workspaceId: ws.workspace.id, conversationId: ids[3], tagId: tag.id, source: 'agent', confidence: 1, reason: 'test' } });

    const mine = await listInboxRows(ctx, inboxListInput.parse({ assignee: 'me' }));
    expect(mine.items.map((r) => r.id).sort()).toEqual(ids.slice(0, 2).sort());
    expect(mine.items.find((r) => r.id === ids[0])!.slaDueAt).toBe(soon.toISOString());
    expect(mine.items.find((r) => r.id === ids[1])!.slaDueAt).toBeNull();

    const tagged = await listInboxRows(ctx, inboxListInput.parse({ tag: 'incident' }));
    expect(tagged.items.map((r) => r.id)).toEqual([ids[3]]);
    expect(tagged.items[0].tags.map((t) => t.key)).toEqual(['incident']);

    await expect(listInboxRows(ctx, inboxListInput.parse({ tag: 'nope' }))).rejects.toMatchObject({ status: 400 });
    expect(() => inboxListInput.parse({ status: 'gone' })).toThrow();
  });

  it('answers the live refetch by ids with the rows still in the view: left-the-view and other-workspace ids are absent', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const ids = await seedConversations(ws, 3);
    const [foreign] = await seedConversations(other, 1);
    await db.conversation.update({ where: { id: ids[1] }, data: { status: 'resolved' } });
    const page = await listInboxRows(ctxOf(ws), inboxListInput.parse({ ids: [ids[0], ids[1], ids[2], foreign].join(',') }));
    expect(page.items.map((r) => r.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect(page.nextCursor).toBeNull();
    // Resolved view: only the resolved one.
    const resolved = await listInboxRows(ctxOf(ws), inboxListInput.parse({ status: 'resolved', ids: ids.join(',') }));
    expect(resolved.items.map((r) => r.id)).toEqual([ids[1]]);
  });
});
