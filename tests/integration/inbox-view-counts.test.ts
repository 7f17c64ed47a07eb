// The views-panel counts (countInboxViews) against a real Postgres: exact
// below the cap, capped above it, tenancy, and the trigger-kept copy of a
// conversation's status on its tag applications (what the tag views and
// their counts read) following tagging, status changes and removals made
// through the app's own use cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { scopedDb } from '@/lib/tenancy';
import { countInboxViews, isCapped, VIEW_COUNT_CAP } from '@/lib/conversations/count-inbox-views';
import { conversationFilters, listConversations } from '@/lib/conversations/list-conversations';
import { setConversationStatus } from '@/lib/conversations/set-conversation-status';
import { tagConversation } from '@/lib/conversations/tag-conversation';
import { untagConversation } from '@/lib/conversations/untag-conversation';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;
let ws: Ws;
let tagIds: Record<string, string>;

const ctxOf = (w: Ws) => ({
  workspaceId: w.workspace.id,
  role: 'agent' as const,
  db: scopedDb(w.workspace.id),
  actor: { type: 'user' as const, userId: w.agent.user.id, membershipId: w.agent.membership.id, name: w.agent.user.name, email: w.agent.user.email },
});

async function makeConversations(w: Ws, n: number, data: { status?: 'open' | 'pending' | 'snoozed' | 'resolved'; severity?: number; assigneeId?: string | null; teamId?: string | null } = {}) {
  const contact = await db.contact.create({ data: { workspaceId: w.workspace.id, name: 'Count Customer' } });
  await db.conversation.createMany({
    data: Array.from({ length: n }, () => ({ workspaceId: w.workspace.id, channelId: w.channel.id, contactId: contact.id, ...data })),
  });
  return db.conversation.findMany({ where: { workspaceId: w.workspace.id, contactId: contact.id }, select: { id: true } });
}

beforeAll(async () => {
  ws = await createTestWorkspace();
  tagIds = Object.fromEntries(
    await Promise.all(['incident', 'billing'].map(async (key) => [key, (await db.tag.create({ data: { workspaceId: ws.workspace.id, key, name: key } })).id])),
  );
  await makeConversations(ws, 3, { severity: 1, assigneeId: ws.agent.membership.id, teamId: ws.team.id });
  await makeConversations(ws, 2, { severity: 3 });
  await makeConversations(ws, 4, { status: 'resolved', severity: 1, assigneeId: ws.agent.membership.id });
  await makeConversations(ws, 1, { status: 'pending' });
});

describe('countInboxViews', () => {
  it('counts each view exactly below the cap', async () => {
    const c = await countInboxViews(ctxOf(ws));
    expect(c.all).toBe(5);
    expect(c.mine).toBe(3);
    expect(c.unassigned).toBe(2);
    expect(c.severity.get('1')).toBe(3);
    expect(c.severity.get('3')).toBe(2);
    expect(c.severity.get('2')).toBe(0);
    expect(c.team.get(ws.team.id)).toBe(3);
    expect(c.channel.get(ws.channel.id)).toBe(5);
    expect(c.status.get('resolved')).toBe(4);
    expect(c.status.get('pending')).toBe(1);
    expect(c.status.get('snoozed')).toBe(0);
    expect(c.tags.map((t) => t.key).sort()).toEqual(['billing', 'incident']);
    expect(isCapped(c.all)).toBe(false);
  });

  it('caps a view with more than VIEW_COUNT_CAP conversations, and never counts another workspace', async () => {
    const big = await createTestWorkspace();
    await makeConversations(big, VIEW_COUNT_CAP + 20);
    const c = await countInboxViews(ctxOf(big));
    expect(c.all).toBe(VIEW_COUNT_CAP + 1);
    expect(isCapped(c.all)).toBe(true);
    expect(c.unassigned).toBe(VIEW_COUNT_CAP + 1);
    expect(c.mine).toBe(0);
    // The first workspace still sees its own five.
    expect((await countInboxViews(ctxOf(ws))).all).toBe(5);
  });
});

describe('tag views follow the conversation status (trigger-kept copy)', () => {
  it('tags, resolves, reopens and untags through the use cases; counts and the tag list follow', async () => {
    const ctx = ctxOf(ws);
    const [a, b] = await makeConversations(ws, 2, { severity: 2 });
    await tagConversation(ctx, { conversationId: a.id, tag: 'incident' });
    await tagConversation(ctx, { conversationId: b.id, tag: 'incident' });
    const tagOpen = async () => (await countInboxViews(ctx)).tag.get(tagIds.incident);
    const listed = async (status: string) =>
      (await listConversations(ctx, conversationFilters.parse({ tag: 'incident', status }))).items.map((i) => i.id).sort();
    expect(await tagOpen()).toBe(2);
    expect(await listed('open')).toEqual([a.id, b.id].sort());

    await setConversationStatus(ctx, { conversationId: a.id, status: 'resolved' });
    const copy = await db.tagApplication.findFirstOrThrow({ where: { conversationId: a.id }, select: { conversationStatus: true } });
    expect(copy.conversationStatus).toBe('resolved');
    expect(await tagOpen()).toBe(1);
    expect(await listed('open')).toEqual([b.id]);
    expect(await listed('resolved')).toEqual([a.id]);

    await setConversationStatus(ctx, { conversationId: a.id, status: 'open' });
    expect(await tagOpen()).toBe(2);

    await untagConversation(ctx, { conversationId: b.id, tag: 'incident' });
    expect(await tagOpen()).toBe(1);
    expect(await listed('open')).toEqual([a.id]);
  });

  it('copies the status on insert whatever the writer sends, and on bulk status updates', async () => {
    const [c] = await makeConversations(ws, 1, { status: 'snoozed' });
    const app = await db.tagApplication.create({
      data: { workspaceId: ws.workspace.id, conversationId: c.id, tagId: tagIds.billing, source: 'model', conversationStatus: 'open' },
    });
    expect((await db.tagApplication.findUniqueOrThrow({ where: { id: app.id } })).conversationStatus).toBe('snoozed');
    await db.conversation.updateMany({ where: { id: c.id }, data: { status: 'open' } });
    expect((await db.tagApplication.findUniqueOrThrow({ where: { id: app.id } })).conversationStatus).toBe('open');
    expect((await countInboxViews(ctxOf(ws))).tag.get(tagIds.billing)).toBe(1);
  });

  it('keeps the copy right when tagging and a status change race', async () => {
    const ctx = ctxOf(ws);
    const convs = await makeConversations(ws, 8, { severity: 4 });
    await Promise.all(
      convs.flatMap((c) => [
        tagConversation(ctx, { conversationId: c.id, tag: 'billing' }),
        setConversationStatus(ctx, { conversationId: c.id, status: 'resolved' }),
      ]),
    );
    const wrong = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "TagApplication" t JOIN "Conversation" c ON c.id = t."conversationId"
      WHERE c."workspaceId" = ${ws.workspace.id} AND t."conversationStatus" <> c.status`;
    expect(wrong[0].n).toBe(0);
  });
});
