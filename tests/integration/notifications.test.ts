// Notifications: @mentions in internal notes (through the real sendReply),
// deduplicated per note and recipient; the bell's list and unread count;
// marking read; and isolation between members and workspaces. Rows are read
// back from the database; the live event is read from the relay.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import type { Caller } from '@/lib/auth/session';
import { scopedDb } from '@/lib/tenancy';
import { closeRelay } from '@/lib/live/get-relay';
import { subscribeLive, type LiveEvent } from '@/lib/live/live-events';
import { sendReply } from '@/lib/conversations/send-reply';
import { assignConversation } from '@/lib/conversations/assign-conversation';
import { notifyMentions } from '@/lib/notifications/notify-mentions';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';
import { countUnread } from '@/lib/notifications/count-unread';
import { GET as listRoute } from '@/app/api/notifications/route';
import { callRoute } from '../helpers/call-route';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(async () => {
  await closeRelay();
  await disconnectDb();
});

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

function ctxOf(ws: Ws, who: 'admin' | 'agent') {
  const p = ws[who];
  const caller: Caller = {
    workspaceId: ws.workspace.id,
    role: p.membership.role,
    actor: { type: 'user', userId: p.user.id, membershipId: p.membership.id, name: p.user.name, email: p.user.email },
  };
  return { ...caller, db: scopedDb(ws.workspace.id) };
}

// A workspace whose agent is "Mei-Ling Chen" and admin "Dana Kim".
async function namedWorkspace() {
  const ws = await createTestWorkspace();
  await db.user.update({ where: { id: ws.agent.user.id }, data: { name: 'Mei-Ling Chen' } });
  await db.user.update({ where: { id: ws.admin.user.id }, data: { name: 'Dana Kim' } });
  ws.agent.user.name = 'Mei-Ling Chen';
  ws.admin.user.name = 'Dana Kim';
  return ws;
}

const mentionsOf = (recipientId: string) => db.notification.findMany({ where: { recipientId, kind: 'mention' }, orderBy: { createdAt: 'asc' } });

describe('@mentions in notes', () => {
  it('notifies the mentioned colleague once, live, with a link to the conversation; not the author, not another workspace', async () => {
    const ws = await namedWorkspace();
    const other = await namedWorkspace(); // also has a "Mei-Ling Chen"
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const got: LiveEvent[] = [];
    const stop = await subscribeLive(`ws.${ws.workspace.id}.notification`, (e) => got.push(e));

    const note = await sendReply(ctxOf(ws, 'admin'), { conversationId: conversation.id, kind: 'note', text: '@Mei-Ling Chen can you check the courier? @Dana Kim fyi' });
    const rows = await mentionsOf(ws.agent.membership.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      workspaceId: ws.workspace.id,
      conversationId: conversation.id,
      title: 'Dana Kim mentioned you in a note',
      body: '@Mei-Ling Chen can you check the courier? @Dana Kim fyi',
      dedupeKey: `mention:${note.id}:${ws.agent.membership.id}`,
      readAt: null,
    });
    expect(await mentionsOf(ws.admin.membership.id)).toHaveLength(0); // the author mentioned herself
    expect(await mentionsOf(other.agent.membership.id)).toHaveLength(0);

    const deadline = Date.now() + 3000;
    while (!got.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual([{ type: 'notification.created', recipientIds: [ws.agent.membership.id], kind: 'mention' }]);
    await stop();
  });

  it('writes nothing twice when the same note is processed again', async () => {
    const ws = await namedWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const note = await sendReply(ctxOf(ws, 'admin'), { conversationId: conversation.id, kind: 'note', text: 'cc @mei-ling' });
    await scopedDb(ws.workspace.id).$transaction((tx) => notifyMentions(tx, ws.workspace.id, note, { membershipId: ws.admin.membership.id, name: 'Dana Kim' }));
    expect(await mentionsOf(ws.agent.membership.id)).toHaveLength(1);
  });

  it('does not notify for a reply to the customer, a note without a mention, or an inactive member', async () => {
    const ws = await namedWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    await sendReply(ctxOf(ws, 'admin'), { conversationId: conversation.id, kind: 'reply', text: 'Hi! @Mei-Ling Chen will help you.' });
    await sendReply(ctxOf(ws, 'admin'), { conversationId: conversation.id, kind: 'note', text: 'Mei-Ling should look at this (no @)' });
    await db.membership.update({ where: { id: ws.agent.membership.id }, data: { active: false } });
    await sendReply(ctxOf(ws, 'admin'), { conversationId: conversation.id, kind: 'note', text: '@Mei-Ling please' });
    expect(await mentionsOf(ws.agent.membership.id)).toHaveLength(0);
  });
});

describe('the bell', () => {
  it('lists a member’s own notifications newest first with the unread count, in pages', async () => {
    const ws = await namedWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const base = Date.now() - 60_000;
    for (let i = 0; i < 5; i++) {
      await db.notification.create({ data: { workspaceId: ws.workspace.id, recipientId: ws.agent.membership.id, kind: 'assignment', title: `n${i}`, conversationId: conversation.id, createdAt: new Date(base + i * 1000) } });
    }
    await db.notification.create({ data: { workspaceId: ws.workspace.id, recipientId: ws.admin.membership.id, kind: 'assignment', title: 'for the admin' } });

    const first = await listNotifications(ctxOf(ws, 'agent'), { limit: 3 });
    expect(first.items.map((n) => n.title)).toEqual(['n4', 'n3', 'n2']);
    expect(first.unread).toBe(5);
    expect(first.items[0]).toMatchObject({ kind: 'assignment', conversationId: conversation.id, readAt: null });
    const second = await listNotifications(ctxOf(ws, 'agent'), { limit: 3, cursor: first.nextCursor! });
    expect(second.items.map((n) => n.title)).toEqual(['n1', 'n0']);
    expect(second.nextCursor).toBeNull();
    await expect(listNotifications(ctxOf(ws, 'agent'), { cursor: 'garbage' })).rejects.toMatchObject({ status: 400 });
  });

  it('marks read only the member’s own notifications, by id or all, and tells their other tabs', async () => {
    const ws = await namedWorkspace();
    const other = await namedWorkspace();
    const mine = await Promise.all([0, 1, 2].map((i) => db.notification.create({ data: { workspaceId: ws.workspace.id, recipientId: ws.agent.membership.id, kind: 'mention', title: `m${i}` } })));
    const admins = await db.notification.create({ data: { workspaceId: ws.workspace.id, recipientId: ws.admin.membership.id, kind: 'mention', title: 'admin' } });
    const foreign = await db.notification.create({ data: { workspaceId: other.workspace.id, recipientId: other.agent.membership.id, kind: 'mention', title: 'other ws' } });
    const got: LiveEvent[] = [];
    const stop = await subscribeLive(`ws.${ws.workspace.id}.notification`, (e) => got.push(e));

    const r1 = await markNotificationsRead(ctxOf(ws, 'agent'), { ids: [mine[0].id, admins.id, foreign.id] });
    expect(r1).toEqual({ marked: 1, unread: 2 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: admins.id } })).readAt).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();

    expect(await markNotificationsRead(ctxOf(ws, 'agent'), { all: true })).toEqual({ marked: 2, unread: 0 });
    expect(await countUnread(ctxOf(ws, 'agent'), ws.agent.membership.id)).toBe(0);
    expect(await countUnread(ctxOf(ws, 'admin'), ws.admin.membership.id)).toBe(1);
    expect(await countUnread({ db: scopedDb(other.workspace.id) }, other.agent.membership.id)).toBe(1);

    const deadline = Date.now() + 3000;
    while (got.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual([
      { type: 'notification.read', recipientIds: [ws.agent.membership.id] },
      { type: 'notification.read', recipientIds: [ws.agent.membership.id] },
    ]);
    await stop();
  });

  it('a manual assignment notifies the assignee live', async () => {
    const ws = await namedWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const got: LiveEvent[] = [];
    const stop = await subscribeLive(`ws.${ws.workspace.id}.>`, (e) => got.push(e));
    await assignConversation(ctxOf(ws, 'admin'), { conversationId: conversation.id, assigneeId: ws.agent.membership.id });
    const deadline = Date.now() + 3000;
    while (got.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(got).toContainEqual({ type: 'conversation.updated', id: conversation.id, fields: ['assignee'] });
    expect(got).toContainEqual({ type: 'notification.created', recipientIds: [ws.agent.membership.id], kind: 'assignment' });
    expect((await listNotifications(ctxOf(ws, 'agent'))).items[0]).toMatchObject({ kind: 'assignment', conversationId: conversation.id, title: 'Dana Kim assigned you a conversation' });
    await stop();
  });

  it('belongs to people: an API key gets 403 from the use case and 401 from the route', async () => {
    const ws = await namedWorkspace();
    const apiCtx = { workspaceId: ws.workspace.id, db: scopedDb(ws.workspace.id), actor: { type: 'api_key' as const, apiKeyId: 'k', name: 'key' } };
    await expect(listNotifications(apiCtx)).rejects.toMatchObject({ status: 403 });
    await expect(markNotificationsRead(apiCtx, { all: true })).rejects.toMatchObject({ status: 403 });
    const r = await callRoute(listRoute, '/api/notifications', { key: ws.apiKey });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthorized');
  });
});
