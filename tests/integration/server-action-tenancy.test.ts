// Server actions run through runWorkspaceAction (the session-free core of
// workspaceAction). A member of workspace A cannot change B's conversations;
// and the two use cases the inbox uses (status, assignment) write what they
// should, once.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { runWorkspaceAction } from '@/lib/actions/workspace-action';
import type { Caller } from '@/lib/auth/session';
import { setConversationStatus, setStatusInput } from '@/lib/conversations/set-conversation-status';
import { assignConversation, assignInput } from '@/lib/conversations/assign-conversation';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

function userCaller(ws: Ws, who: 'admin' | 'agent'): Caller {
  const p = ws[who];
  return {
    workspaceId: ws.workspace.id,
    role: p.membership.role,
    actor: { type: 'user', userId: p.user.id, membershipId: p.membership.id, name: p.user.name, email: p.user.email },
  };
}

const setStatus = (caller: Caller | null, raw: unknown) => runWorkspaceAction(caller, { input: setStatusInput, role: 'agent' }, setConversationStatus, raw);
const assign = (caller: Caller | null, raw: unknown) => runWorkspaceAction(caller, { input: assignInput, role: 'agent' }, assignConversation, raw);

const snapshot = async (conversationId: string) => ({
  conversation: await db.conversation.findUniqueOrThrow({ where: { id: conversationId } }),
  events: await db.conversationEvent.count({ where: { conversationId } }),
  assignments: await db.assignment.count({ where: { conversationId } }),
  notifications: await db.notification.count({ where: { conversationId } }),
});

describe('server actions across workspaces', () => {
  it('a member of A cannot resolve, snooze or assign B’s conversation: not_found, and B’s rows are untouched', async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const { conversation } = await createTestConversation(b.workspace.id, b.channel.id);
    await db.conversation.update({ where: { id: conversation.id }, data: { assigneeId: b.agent.membership.id } });
    const before = await snapshot(conversation.id);

    for (const caller of [userCaller(a, 'admin'), userCaller(a, 'agent')]) {
      expect(await setStatus(caller, { conversationId: conversation.id, status: 'resolved' })).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'Conversation not found' },
      });
      const snooze = await setStatus(caller, { conversationId: conversation.id, status: 'snoozed', snoozedUntil: new Date(Date.now() + 3600_000).toISOString() });
      expect(snooze).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await assign(caller, { conversationId: conversation.id, assigneeId: a.agent.membership.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await assign(caller, { conversationId: conversation.id, assigneeId: null })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await snapshot(conversation.id)).toEqual(before);
  });

  it('a member of A cannot assign A’s conversation to a member of B', async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    const r = await assign(userCaller(a, 'admin'), { conversationId: conversation.id, assigneeId: b.agent.membership.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_request', message: `Unknown assignee "${b.agent.membership.id}"` } });
    const after = await snapshot(conversation.id);
    expect(after.conversation.assigneeId).toBeNull();
    expect(after.assignments).toBe(0);
    expect(await db.notification.count({ where: { recipientId: b.agent.membership.id } })).toBe(0);
  });

  it('refuses a missing session and a role that is too low, before touching anything', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    expect(await setStatus(null, { conversationId: conversation.id, status: 'resolved' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const managersOnly = await runWorkspaceAction(userCaller(a, 'agent'), { input: setStatusInput, role: 'manager' }, setConversationStatus, {
      conversationId: conversation.id,
      status: 'resolved',
    });
    expect(managersOnly).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await snapshot(conversation.id)).conversation.status).toBe('open');
  });
});

describe('setConversationStatus', () => {
  it('resolves and reopens, with resolvedAt and one timeline event per change naming who did it', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    const agent = userCaller(a, 'agent');

    const resolved = await setStatus(agent, { conversationId: conversation.id, status: 'resolved' });
    expect(resolved).toMatchObject({ ok: true, data: { id: conversation.id, status: 'resolved', changed: true } });
    let row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.status).toBe('resolved');
    expect(row.resolvedAt).toBeInstanceOf(Date);
    expect(Math.abs(row.resolvedAt!.getTime() - Date.now())).toBeLessThan(10_000);

    // Resolving again changes nothing and writes nothing.
    expect(await setStatus(agent, { conversationId: conversation.id, status: 'resolved' })).toMatchObject({ ok: true, data: { changed: false } });

    const reopened = await setStatus(userCaller(a, 'admin'), { conversationId: conversation.id, status: 'open' });
    expect(reopened).toMatchObject({ ok: true, data: { status: 'open', resolvedAt: null, changed: true } });
    row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.resolvedAt).toBeNull();

    const events = await db.conversationEvent.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: 'asc' } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ workspaceId: a.workspace.id, kind: 'status', actorId: a.agent.membership.id, summary: `Resolved by ${a.agent.user.name}`, data: { from: 'open', to: 'resolved', actorType: 'user' } });
    expect(events[1]).toMatchObject({ kind: 'status', actorId: a.admin.membership.id, summary: `Reopened by ${a.admin.user.name}`, data: { from: 'resolved', to: 'open' } });
  });

  it('snoozes until a future time, and clears it when the conversation moves on', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    const agent = userCaller(a, 'agent');
    const until = new Date(Date.now() + 2 * 3600_000);
    until.setMilliseconds(0);
    expect(await setStatus(agent, { conversationId: conversation.id, status: 'snoozed', snoozedUntil: until.toISOString() })).toMatchObject({ ok: true, data: { changed: true } });
    let row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.status).toBe('snoozed');
    expect(row.snoozedUntil?.toISOString()).toBe(until.toISOString());
    // Re-snoozing to a later time is a change.
    const later = new Date(until.getTime() + 3600_000);
    expect(await setStatus(agent, { conversationId: conversation.id, status: 'snoozed', snoozedUntil: later.toISOString() })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await setStatus(agent, { conversationId: conversation.id, status: 'pending' })).toMatchObject({ ok: true, data: { status: 'pending', snoozedUntil: null } });
    row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.snoozedUntil).toBeNull();
    const events = await db.conversationEvent.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => (e.data as { to: string }).to)).toEqual(['snoozed', 'snoozed', 'pending']);
    expect(events[0].summary).toContain(until.toISOString());
  });

  it('rejects bad input with invalid_input or bad_request and writes nothing', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    const agent = userCaller(a, 'agent');
    const bad: [unknown, string][] = [
      [{ conversationId: conversation.id, status: 'closed' }, 'invalid_input'],
      [{ conversationId: conversation.id, status: 'snoozed' }, 'invalid_input'],
      [{ conversationId: conversation.id, status: 'open', snoozedUntil: new Date().toISOString() }, 'invalid_input'],
      [{ conversationId: conversation.id, status: 'snoozed', snoozedUntil: 'tomorrow-ish' }, 'invalid_input'],
      [{ conversationId: conversation.id, status: 'snoozed', snoozedUntil: new Date(Date.now() - 60_000).toISOString() }, 'bad_request'],
      [{ conversationId: conversation.id, status: 'resolved', workspaceId: 'other' }, 'invalid_input'],
      [{ status: 'resolved' }, 'invalid_input'],
      [null, 'invalid_input'],
    ];
    for (const [raw, code] of bad) expect(await setStatus(agent, raw), JSON.stringify(raw)).toMatchObject({ ok: false, error: { code } });
    const after = await snapshot(conversation.id);
    expect(after.conversation.status).toBe('open');
    expect(after.events).toBe(0);
  });

  it('writes exactly one event when two people resolve at the same moment', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    const results = await Promise.all([
      setStatus(userCaller(a, 'agent'), { conversationId: conversation.id, status: 'resolved' }),
      setStatus(userCaller(a, 'admin'), { conversationId: conversation.id, status: 'resolved' }),
      setStatus(userCaller(a, 'agent'), { conversationId: conversation.id, status: 'resolved' }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.data.changed)).toHaveLength(1);
    expect(await db.conversationEvent.count({ where: { conversationId: conversation.id, kind: 'status' } })).toBe(1);
  });
});

describe('assignConversation', () => {
  it('assigns, re-assigns and unassigns with history, timeline and a notification for the new assignee', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id, 'Necesito ayuda con mi factura');
    await db.conversation.update({ where: { id: conversation.id }, data: { teamId: a.team.id } });
    const admin = userCaller(a, 'admin');

    expect(await assign(admin, { conversationId: conversation.id, assigneeId: a.agent.membership.id, note: 'Speaks Spanish' })).toEqual({
      ok: true,
      data: { id: conversation.id, assigneeId: a.agent.membership.id, changed: true },
    });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).assigneeId).toBe(a.agent.membership.id);
    // Same assignee again: nothing new.
    expect(await assign(admin, { conversationId: conversation.id, assigneeId: a.agent.membership.id })).toMatchObject({ ok: true, data: { changed: false } });
    // The admin takes it over (self-assignment: no notification for themselves), then lets it go.
    expect(await assign(admin, { conversationId: conversation.id, assigneeId: a.admin.membership.id })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await assign(admin, { conversationId: conversation.id, assigneeId: null })).toMatchObject({ ok: true, data: { assigneeId: null, changed: true } });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).assigneeId).toBeNull();

    const history = await db.assignment.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: 'asc' } });
    expect(history.map((h) => [h.fromId, h.toId])).toEqual([
      [null, a.agent.membership.id],
      [a.agent.membership.id, a.admin.membership.id],
      [a.admin.membership.id, null],
    ]);
    expect(history[0]).toMatchObject({ workspaceId: a.workspace.id, method: 'manual', reason: 'Speaks Spanish', actorId: a.admin.membership.id, teamId: a.team.id });

    const events = await db.conversationEvent.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.summary)).toEqual([
      `Assigned to ${a.agent.user.name} by ${a.admin.user.name}: Speaks Spanish`,
      `Assigned to ${a.admin.user.name} by ${a.admin.user.name}`,
      `Unassigned by ${a.admin.user.name}`,
    ]);
    expect(events.every((e) => e.kind === 'assignment' && e.actorId === a.admin.membership.id)).toBe(true);

    const notes = await db.notification.findMany({ where: { conversationId: conversation.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ recipientId: a.agent.membership.id, kind: 'assignment', body: 'Speaks Spanish', workspaceId: a.workspace.id });
  });

  it('records an API key as the actor when a key assigns', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    const key = await db.apiKey.findFirstOrThrow({ where: { workspaceId: a.workspace.id } });
    const caller: Caller = { workspaceId: a.workspace.id, role: key.role, actor: { type: 'api_key', apiKeyId: key.id, name: key.name } };
    expect(await assign(caller, { conversationId: conversation.id, assigneeId: a.agent.membership.id })).toMatchObject({ ok: true });
    const h = await db.assignment.findFirstOrThrow({ where: { conversationId: conversation.id } });
    expect(h.actorId).toBe(key.id);
    const note = await db.notification.findFirstOrThrow({ where: { conversationId: conversation.id } });
    expect(note.body).toBe('Hello, my order is late');
  });

  it('refuses inactive members, unknown ids and bad input, writing nothing', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    await db.membership.update({ where: { id: a.agent.membership.id }, data: { active: false } });
    const admin = userCaller(a, 'admin');
    expect(await assign(admin, { conversationId: conversation.id, assigneeId: a.agent.membership.id })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await assign(admin, { conversationId: conversation.id, assigneeId: 'no-such-member' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await assign(admin, { conversationId: conversation.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await assign(admin, { conversationId: conversation.id, assigneeId: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await assign(admin, { conversationId: conversation.id, assigneeId: null, note: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const after = await snapshot(conversation.id);
    expect(after.conversation.assigneeId).toBeNull();
    expect([after.assignments, after.events, after.notifications]).toEqual([0, 0, 0]);
  });

  it('never records more changes than happened when two people assign at once', async () => {
    const a = await createTestWorkspace();
    const { conversation } = await createTestConversation(a.workspace.id, a.channel.id);
    const targets = [a.agent.membership.id, a.admin.membership.id];
    const results = await Promise.all(targets.map((assigneeId) => assign(userCaller(a, 'admin'), { conversationId: conversation.id, assigneeId })));
    const applied = results.filter((r) => r.ok && r.data.changed);
    const conflicts = results.filter((r) => !r.ok);
    expect(applied.length + conflicts.length).toBe(2);
    expect(applied.length).toBeGreaterThanOrEqual(1);
    for (const c of conflicts) expect(c).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const history = await db.assignment.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: 'asc' } });
    expect(history).toHaveLength(applied.length);
    // The history chains (each change starts where the last ended) and ends at the row's assignee.
    for (let i = 1; i < history.length; i++) expect(history[i].fromId).toBe(history[i - 1].toId);
    const row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.assigneeId).toBe(history[history.length - 1].toId);
  });
});
