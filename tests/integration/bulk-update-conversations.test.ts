// Bulk actions of the inbox list through the server action's core
// (runWorkspaceAction): resolve, assign and tag change exactly the selected
// conversations of the caller's workspace; another workspace's id is refused
// per id and left untouched; the cap holds. Rows are read back from the database.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { closeRelay } from '@/lib/live/get-relay';
import { runWorkspaceAction } from '@/lib/actions/workspace-action';
import type { Caller } from '@/lib/auth/session';
import { bulkUpdateConversations, bulkUpdateInput, BULK_LIMIT } from '@/lib/conversations/bulk-update-conversations';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(async () => {
  await closeRelay();
  await disconnectDb();
});

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

function caller(ws: Ws, who: 'admin' | 'agent' = 'agent'): Caller {
  const p = ws[who];
  return { workspaceId: ws.workspace.id, role: p.membership.role, actor: { type: 'user', userId: p.user.id, membershipId: p.membership.id, name: p.user.name, email: p.user.email } };
}

const bulk = (c: Caller, raw: unknown) => runWorkspaceAction(c, { input: bulkUpdateInput, role: 'agent' }, bulkUpdateConversations, raw);

async function conversations(ws: Ws, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await createTestConversation(ws.workspace.id, ws.channel.id, `Bulk ${i}`)).conversation.id);
  return ids;
}

const rows = (ids: string[]) =>
  db.conversation.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, assigneeId: true, snoozedUntil: true, tagApplications: { where: { removedAt: null }, select: { tag: { select: { key: true } } } } } });

describe('bulk update', () => {
  it('resolves exactly the selected rows; an id of another workspace fails as not_found and stays open', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const ids = await conversations(ws, 4);
    const [foreign] = await conversations(other, 1);

    const res = await bulk(caller(ws), { ids: [ids[0], ids[2], foreign], action: { type: 'status', status: 'resolved' } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.changed.sort()).toEqual([ids[0], ids[2]].sort());
    expect(res.data.failed).toEqual([{ id: foreign, code: 'not_found', message: 'Conversation not found' }]);

    const after = new Map((await rows([...ids, foreign])).map((r) => [r.id, r]));
    expect([ids[0], ids[1], ids[2], ids[3]].map((id) => after.get(id)!.status)).toEqual(['resolved', 'open', 'resolved', 'open']);
    expect(after.get(foreign)!.status).toBe('open');
    expect(await db.conversationEvent.count({ where: { conversationId: foreign } })).toBe(0);
    // Once more: already resolved is "unchanged", not a failure.
    const again = await bulk(caller(ws), { ids: [ids[0]], action: { type: 'status', status: 'resolved' } });
    expect(again).toMatchObject({ ok: true, data: { changed: [], unchanged: [ids[0]], failed: [] } });
  });

  it('assigns to me and to a member, tags and snoozes only the selection; another workspace’s member is refused per id', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const ids = await conversations(ws, 3);
    await db.tag.create({ data: { workspaceId: ws.workspace.id, key: 'sales_lead', name: 'Sales lead', color: '#16a34a' } });

    const me = await bulk(caller(ws), { ids: ids.slice(0, 2), action: { type: 'assign', assigneeId: 'me' } });
    expect(me).toMatchObject({ ok: true, data: { failed: [] } });
    let after = await rows(ids);
    expect(after.filter((r) => r.assigneeId === ws.agent.membership.id).map((r) => r.id).sort()).toEqual(ids.slice(0, 2).sort());
    expect(after.find((r) => r.id === ids[2])!.assigneeId).toBeNull();

    const toAdmin = await bulk(caller(ws), { ids: [ids[2]], action: { type: 'assign', assigneeId: ws.admin.membership.id } });
    expect(toAdmin).toMatchObject({ ok: true, data: { changed: [ids[2]] } });
    const foreignMember = await bulk(caller(ws), { ids: [ids[0]], action: { type: 'assign', assigneeId: other.agent.membership.id } });
    expect(foreignMember).toMatchObject({ ok: true, data: { changed: [], failed: [{ id: ids[0], code: 'bad_request' }] } });

    const tagged = await bulk(caller(ws), { ids: [ids[1], ids[2]], action: { type: 'tag', tag: 'sales_lead' } });
    expect(tagged).toMatchObject({ ok: true, data: { failed: [] } });
    const snoozed = await bulk(caller(ws), { ids: [ids[0]], action: { type: 'snooze', minutes: 60 } });
    expect(snoozed).toMatchObject({ ok: true, data: { changed: [ids[0]] } });

    after = await rows(ids);
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(byId.get(ids[0])!.assigneeId).toBe(ws.agent.membership.id);
    expect(byId.get(ids[0])!.status).toBe('snoozed');
    expect(byId.get(ids[0])!.snoozedUntil!.getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect(byId.get(ids[0])!.tagApplications).toEqual([]);
    expect(byId.get(ids[1])!.tagApplications.map((t) => t.tag.key)).toEqual(['sales_lead']);
    expect(byId.get(ids[2])!.tagApplications.map((t) => t.tag.key)).toEqual(['sales_lead']);
    expect(byId.get(ids[2])!.assigneeId).toBe(ws.admin.membership.id);
  });

  it('refuses more than the cap, a session-less caller, and a bad action without writing anything', async () => {
    const ws = await createTestWorkspace();
    const ids = await conversations(ws, 1);
    const tooMany = await bulk(caller(ws), { ids: Array.from({ length: BULK_LIMIT + 1 }, (_, i) => `id-${i}`), action: { type: 'status', status: 'resolved' } });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await bulk(null as unknown as Caller, { ids, action: { type: 'status', status: 'resolved' } })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await bulk(caller(ws), { ids, action: { type: 'delete' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await rows(ids))[0].status).toBe('open');
  });
});
