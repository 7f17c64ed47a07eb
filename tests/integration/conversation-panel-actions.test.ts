// The use cases behind the conversation pane, against the real database:
// assigning to a team (the assignee stays only if they are in it; history,
// timeline, backlog job), the assign picker's choices with open load, contact
// notes and VIP (audited, 404 across workspaces), the contact's history and
// tags over time, and the earlier messages on other channels.
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { closeQueues } from '@/lib/queue/get-queue';
import { scopedDb } from '@/lib/tenancy';
import { assignConversationTeam } from '@/lib/conversations/assign-conversation-team';
import { listAssignTargets } from '@/lib/conversations/list-assign-targets';
import { updateContact } from '@/lib/contacts/update-contact';
import { getContactHistory } from '@/lib/contacts/get-contact-history';
import { listEarlierMessages } from '@/lib/contacts/list-earlier-messages';
import { tagConversation } from '@/lib/conversations/tag-conversation';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(async () => {
  await closeQueues();
  await disconnectDb();
});

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;
const ctxOf = (ws: Ws) => ({
  db: scopedDb(ws.workspace.id),
  workspaceId: ws.workspace.id,
  actor: { type: 'user' as const, userId: ws.admin.user.id, membershipId: ws.admin.membership.id, name: ws.admin.user.name, email: ws.admin.email },
});

describe('assigning a conversation to a team', () => {
  it('moves it to the team, drops an assignee outside the team, writes history and asks routing for the backlog', async () => {
    const ws = await createTestWorkspace();
    const sales = await db.team.create({ data: { workspaceId: ws.workspace.id, key: 'sales', name: 'Sales' } });
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    // The agent (a Support member) holds it.
    await db.conversation.update({ where: { id: conversation.id }, data: { teamId: ws.team.id, assigneeId: ws.agent.membership.id } });

    const result = await assignConversationTeam(ctxOf(ws), { conversationId: conversation.id, teamId: sales.id, note: 'a quote for 300 seats' });
    expect(result).toEqual({ id: conversation.id, teamId: sales.id, assigneeId: null, changed: true });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({ teamId: sales.id, assigneeId: null });
    expect(await db.assignment.findFirstOrThrow({ where: { conversationId: conversation.id } })).toMatchObject({
      fromId: ws.agent.membership.id, toId: null, teamId: sales.id, method: 'manual', reason: 'a quote for 300 seats', actorId: ws.admin.membership.id,
    });
    const event = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, kind: 'assignment' } });
    expect(event.summary).toBe(`Assigned to team Sales by ${ws.admin.user.name}: a quote for 300 seats`);
    const outbox = await db.outbox.findMany({ where: { workspaceId: ws.workspace.id }, select: { job: true, payload: true } });
    expect(outbox).toContainEqual({ job: 'routing.backlog', payload: { workspaceId: ws.workspace.id, teamId: sales.id } });

    // The same team again changes nothing.
    expect((await assignConversationTeam(ctxOf(ws), { conversationId: conversation.id, teamId: sales.id })).changed).toBe(false);
    expect(await db.assignment.count({ where: { conversationId: conversation.id } })).toBe(1);
  });

  it('keeps an assignee who belongs to the new team; null removes the team', async () => {
    const ws = await createTestWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    await db.conversation.update({ where: { id: conversation.id }, data: { assigneeId: ws.agent.membership.id } });
    const joined = await assignConversationTeam(ctxOf(ws), { conversationId: conversation.id, teamId: ws.team.id });
    expect(joined).toMatchObject({ teamId: ws.team.id, assigneeId: ws.agent.membership.id, changed: true });
    const cleared = await assignConversationTeam(ctxOf(ws), { conversationId: conversation.id, teamId: null });
    expect(cleared).toMatchObject({ teamId: null, assigneeId: null, changed: true });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({ teamId: null, assigneeId: null });
  });

  it('refuses another workspace’s team (400) and conversation (404) without writing', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const foreign = await createTestConversation(other.workspace.id, other.channel.id);
    await expect(assignConversationTeam(ctxOf(ws), { conversationId: conversation.id, teamId: other.team.id })).rejects.toMatchObject({ status: 400 });
    await expect(assignConversationTeam(ctxOf(ws), { conversationId: foreign.conversation.id, teamId: ws.team.id })).rejects.toMatchObject({ status: 404 });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).teamId).toBeNull();
    expect((await db.conversation.findUniqueOrThrow({ where: { id: foreign.conversation.id } })).teamId).toBeNull();
    expect(await db.assignment.count({ where: { conversationId: { in: [conversation.id, foreign.conversation.id] } } })).toBe(0);
  });
});

describe('the assign picker’s choices', () => {
  it('lists active members with their teams and open load, and teams with their waiting queue', async () => {
    const ws = await createTestWorkspace();
    for (let i = 0; i < 2; i++) {
      const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
      await db.conversation.update({ where: { id: conversation.id }, data: { assigneeId: ws.agent.membership.id } });
    }
    const waiting = await createTestConversation(ws.workspace.id, ws.channel.id);
    await db.conversation.update({ where: { id: waiting.conversation.id }, data: { teamId: ws.team.id } });
    const targets = await listAssignTargets(ctxOf(ws));
    expect(targets.members.find((m) => m.id === ws.agent.membership.id)).toMatchObject({ teams: ['Support'], openCount: 2, capacity: 10 });
    expect(targets.members.find((m) => m.id === ws.admin.membership.id)).toMatchObject({ teams: [], openCount: 0 });
    expect(targets.teams).toEqual([{ id: ws.team.id, name: 'Support', waiting: 1 }]);
  });
});

describe('contact notes and VIP', () => {
  it('saves notes and the VIP flag, audits them, and answers 404 for another workspace’s contact', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const { contact } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const foreign = await createTestConversation(other.workspace.id, other.channel.id);

    const saved = await updateContact(ctxOf(ws), { contactId: contact.id, notes: '  Prefers phone calls\r\nOrdered for a school  ', isVip: true });
    expect(saved).toEqual({ id: contact.id, notes: 'Prefers phone calls\nOrdered for a school', isVip: true, changed: true });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ notes: 'Prefers phone calls\nOrdered for a school', isVip: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, action: 'contact.update', targetId: contact.id } });
    expect(audit.data).toMatchObject({ fields: ['notes', 'isVip'], isVip: { from: false, to: true } });
    expect((await updateContact(ctxOf(ws), { contactId: contact.id, isVip: true })).changed).toBe(false);

    await expect(updateContact(ctxOf(ws), { contactId: foreign.contact.id, notes: 'not yours' })).rejects.toMatchObject({ status: 404 });
    expect((await db.contact.findUniqueOrThrow({ where: { id: foreign.contact.id } })).notes).toBe('');
    await expect(updateContact(ctxOf(ws), { contactId: contact.id })).rejects.toMatchObject({ status: 400 });
  });
});

describe('a contact’s history across channels', () => {
  it('lists their other conversations newest first, tags over time, channels, and the earlier messages (bounded)', async () => {
    const ws = await createTestWorkspace();
    const workspaceId = ws.workspace.id;
    await db.tag.createMany({ data: [{ workspaceId, key: 'incident', name: 'Incident' }, { workspaceId, key: 'sales_lead', name: 'Sales lead' }] });
    const email = await db.channel.create({ data: { workspaceId, provider: 'email', name: 'Support email', externalId: `mail-${ws.suffix}`, credentials: '' } });
    const current = await createTestConversation(workspaceId, ws.channel.id, 'the current one');
    const contactId = current.contact.id;
    const old = await db.conversation.create({ data: { workspaceId, channelId: email.id, contactId, status: 'resolved', subject: 'Old', lastMessageAt: new Date('2026-01-01T00:00:00Z') } });
    const newer = await db.conversation.create({ data: { workspaceId, channelId: email.id, contactId, status: 'pending', subject: 'Newer', lastMessageAt: new Date('2026-06-01T00:00:00Z') } });
    const times = [0, 1, 2, 3].map((i) => new Date(Date.UTC(2026, 0, 1, 10, i)));
    for (const [i, at] of times.entries()) {
      await db.message.create({ data: { workspaceId, conversationId: i < 2 ? old.id : newer.id, channelId: email.id, direction: i % 2 ? 'out' : 'in', contactId, text: `earlier ${i}`, createdAt: at, sentAt: at, providerMessageId: crypto.randomUUID() } });
    }
    const ctx = ctxOf(ws);
    for (const id of [old.id, newer.id]) await tagConversation(ctx, { conversationId: id, tag: 'incident' });
    await tagConversation(ctx, { conversationId: current.conversation.id, tag: 'sales_lead' });
    // Another contact's conversation never shows.
    await createTestConversation(workspaceId, email.id, 'someone else');

    const history = await getContactHistory(ctx, contactId, current.conversation.id);
    expect(history.conversations.map((c) => [c.subject, c.status, c.provider])).toEqual([['Newer', 'pending', 'email'], ['Old', 'resolved', 'email']]);
    expect(history.total).toBe(2);
    expect(history.tags.map((t) => [t.key, t.count])).toEqual([['incident', 2], ['sales_lead', 1]]);
    expect(history.channels).toEqual([{ provider: 'email', count: 2 }, { provider: 'api', count: 1 }]);

    const earlier = await listEarlierMessages(ctx, contactId, current.conversation.id);
    expect(earlier).toMatchObject({ conversationCount: 2, providers: ['email'], total: 4 });
    expect(earlier.messages.map((m) => m.text)).toEqual(['earlier 0', 'earlier 1', 'earlier 2', 'earlier 3']);
    expect(earlier.messages.every((m) => m.provider === 'email')).toBe(true);
    const bounded = await listEarlierMessages(ctx, contactId, current.conversation.id, 3);
    expect(bounded.messages.map((m) => m.text)).toEqual(['earlier 1', 'earlier 2', 'earlier 3']);
    expect(bounded.total).toBe(4);

    // Another workspace sees none of it.
    const other = await createTestWorkspace();
    const outside = await listEarlierMessages({ db: scopedDb(other.workspace.id) }, contactId, current.conversation.id);
    expect(outside).toMatchObject({ conversationCount: 0, total: 0, messages: [] });
  });
});
