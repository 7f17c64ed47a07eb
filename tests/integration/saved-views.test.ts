// Saved views: save the current URL's filters (normalised), share (managers
// only), list own + shared with capped counts, delete own; never another
// member's private view or another workspace's. Read back from the database.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import type { Caller } from '@/lib/auth/session';
import { runWorkspaceAction } from '@/lib/actions/workspace-action';
import { createSavedView, createSavedViewInput } from '@/lib/saved-views/create-saved-view';
import { deleteSavedView, deleteSavedViewInput } from '@/lib/saved-views/delete-saved-view';
import { listSavedViews } from '@/lib/saved-views/list-saved-views';
import { scopedDb } from '@/lib/tenancy';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

function caller(ws: Ws, who: 'admin' | 'agent'): Caller {
  const p = ws[who];
  return { workspaceId: ws.workspace.id, role: p.membership.role, actor: { type: 'user', userId: p.user.id, membershipId: p.membership.id, name: p.user.name, email: p.user.email } };
}
const ctx = (c: Caller) => ({ ...c, db: scopedDb(c.workspaceId) });
const create = (c: Caller, raw: unknown) => runWorkspaceAction(c, { input: createSavedViewInput, role: 'agent' }, createSavedView, raw);
const remove = (c: Caller, raw: unknown) => runWorkspaceAction(c, { input: deleteSavedViewInput, role: 'agent' }, deleteSavedView, raw);

describe('saved views', () => {
  it('saves the filters without cursor or defaults; sharing needs a manager; a bad filter saves nothing', async () => {
    const ws = await createTestWorkspace();
    const agent = caller(ws, 'agent');
    const saved = await create(agent, { name: 'My SEV1s', query: '?status=open&severity=1&cursor=abc&sort=priority&assignee=me' });
    expect(saved).toMatchObject({ ok: true, data: { name: 'My SEV1s', shared: false } });
    const row = await db.savedView.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, name: 'My SEV1s' } });
    expect(row.query).toBe('severity=1&assignee=me');
    expect(row.ownerId).toBe(ws.agent.membership.id);

    expect(await create(agent, { name: 'Team view', query: 'severity=2', shared: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await create(caller(ws, 'admin'), { name: 'Team view', query: 'severity=2', shared: true })).toMatchObject({ ok: true, data: { shared: true } });
    expect(await create(agent, { name: 'Broken', query: 'severity=9' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await create(agent, { name: '  ', query: 'severity=1' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await db.savedView.count({ where: { workspaceId: ws.workspace.id } })).toBe(2);
  });

  it('lists own and shared views with counts, not colleagues’ private ones nor another workspace’s; deletes only what one may', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const agent = caller(ws, 'agent');
    const admin = caller(ws, 'admin');
    for (let i = 0; i < 3; i++) {
      const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id, `c${i}`);
      await db.conversation.update({ where: { id: conversation.id }, data: { severity: i === 0 ? 1 : 3 } });
    }
    const mine = await create(agent, { name: 'Critical', query: 'severity=1' });
    const adminPrivate = await create(admin, { name: 'Admin only', query: 'severity=3' });
    const shared = await create(admin, { name: 'All SEV3', query: 'severity=3', shared: true });
    await create(caller(other, 'agent'), { name: 'Elsewhere', query: 'severity=1' });
    if (!mine.ok || !adminPrivate.ok || !shared.ok) throw new Error('setup failed');

    const list = await listSavedViews(ctx(agent));
    expect(list.map((v) => [v.name, v.count, v.mine, v.shared])).toEqual([
      ['All SEV3', 2, false, true],
      ['Critical', 1, true, false],
    ]);
    expect(list[1].query).toEqual({ severity: '1' });

    // Someone else's private view is not found; a shared one is a manager's to delete.
    expect(await remove(agent, { id: adminPrivate.data.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await remove(agent, { id: shared.data.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await remove(caller(other, 'admin'), { id: mine.data.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await remove(agent, { id: mine.data.id })).toMatchObject({ ok: true });
    expect(await remove(admin, { id: shared.data.id })).toMatchObject({ ok: true });
    expect((await db.savedView.findMany({ where: { workspaceId: ws.workspace.id } })).map((v) => v.name)).toEqual(['Admin only']);
  });
});
