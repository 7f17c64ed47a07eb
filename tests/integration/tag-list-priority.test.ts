// Tag views by priority (lib/conversations/list-tagged-conversation-ids.ts):
// the page is read off TagApplication's trigger-kept copy of the
// conversation's status and priority (migration tag_list_priority). These
// tests pin the copy (insert, priority and status changes) and the paging:
// every matching conversation exactly once, in (priority desc, id asc) order,
// with other filters, removed and duplicate applications.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { scopedDb } from '@/lib/tenancy';
import { conversationFilters, listConversations } from '@/lib/conversations/list-conversations';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

function ctxOf(ws: Ws) {
  const p = ws.agent;
  return {
    workspaceId: ws.workspace.id,
    db: scopedDb(ws.workspace.id),
    actor: { type: 'user' as const, userId: p.user.id, membershipId: p.membership.id, name: p.user.name, email: p.user.email },
  };
}

async function copyOf(conversationId: string) {
  return db.$queryRaw<{ status: string; priority: number }[]>`
    SELECT "conversationStatus"::text AS status, "conversationPriority" AS priority FROM "TagApplication" WHERE "conversationId" = ${conversationId}`;
}

async function walk(ctx: ReturnType<typeof ctxOf>, f: Record<string, string | number>) {
  const seen: { id: string; priority: number }[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = await listConversations(ctx, conversationFilters.parse({ limit: 4, ...f, ...(cursor ? { cursor } : {}) }));
    expect(page.items.length).toBeLessThanOrEqual(4);
    seen.push(...page.items.map((c) => ({ id: c.id, priority: c.priority })));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return seen;
}

const byPriority = (a: { id: string; priority: number }, b: { id: string; priority: number }) =>
  b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('tag views by priority', () => {
  it('keeps the application\'s copy of status and priority in step with the conversation', async () => {
    const ws = await createTestWorkspace();
    const tag = await db.tag.create({ data: { workspaceId: ws.workspace.id, key: 'billing', name: 'Billing' } });
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    await db.conversation.update({ where: { id: conversation.id }, data: { priority: 321 } });
    await db.tagApplication.create({ data: { workspaceId: ws.workspace.id, conversationId: conversation.id, tagId: tag.id, source: 'agent' } });
    expect(await copyOf(conversation.id)).toEqual([{ status: 'open', priority: 321 }]);

    await db.conversation.update({ where: { id: conversation.id }, data: { priority: 999 } });
    expect(await copyOf(conversation.id)).toEqual([{ status: 'open', priority: 999 }]);
    // Raw SQL writers (the priority refresh, triage) are covered too.
    await db.$executeRaw`UPDATE "Conversation" SET priority = 5, status = 'pending' WHERE id = ${conversation.id}`;
    expect(await copyOf(conversation.id)).toEqual([{ status: 'pending', priority: 5 }]);
  });

  it('pages a tag view in priority order: every tagged conversation of the status once, none removed, duplicated or of another workspace', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const wid = ws.workspace.id;
    const tag = await db.tag.create({ data: { workspaceId: wid, key: 'shipping', name: 'Shipping' } });
    const otherTag = await db.tag.create({ data: { workspaceId: other.workspace.id, key: 'shipping', name: 'Shipping' } });
    const expected: { id: string; priority: number; unassigned: boolean }[] = [];
    for (let i = 0; i < 14; i++) {
      const { conversation } = await createTestConversation(wid, ws.channel.id, `Parcel ${i}`);
      // Ties on purpose (priority repeats), so paging must break them by id.
      const priority = 50 - (i % 4) * 10;
      const assigneeId = i % 3 === 0 ? ws.agent.membership.id : null;
      await db.conversation.update({ where: { id: conversation.id }, data: { priority, assigneeId } });
      if (i === 13) {
        // Removed: not in the view.
        await db.tagApplication.create({ data: { workspaceId: wid, conversationId: conversation.id, tagId: tag.id, source: 'agent', removedAt: new Date() } });
        continue;
      }
      await db.tagApplication.create({ data: { workspaceId: wid, conversationId: conversation.id, tagId: tag.id, source: 'model', confidence: 0.8 } });
      if (i === 2 || i === 5) {
        // Applied twice (the app avoids it, the schema does not forbid it): listed once.
        await db.tagApplication.create({ data: { workspaceId: wid, conversationId: conversation.id, tagId: tag.id, source: 'agent' } });
      }
      expected.push({ id: conversation.id, priority, unassigned: assigneeId === null });
    }
    // Resolved afterwards (the copy follows): not in the open view.
    const resolved = expected.pop()!;
    await db.conversation.update({ where: { id: resolved.id }, data: { status: 'resolved' } });
    // Another workspace's tagged conversation with a top priority.
    const foreign = await createTestConversation(other.workspace.id, other.channel.id);
    await db.conversation.update({ where: { id: foreign.conversation.id }, data: { priority: 1000 } });
    await db.tagApplication.create({ data: { workspaceId: other.workspace.id, conversationId: foreign.conversation.id, tagId: otherTag.id, source: 'agent' } });

    const ctx = ctxOf(ws);
    const open = await walk(ctx, { status: 'open', tag: 'shipping' });
    expect(open).toEqual(expected.map(({ id, priority }) => ({ id, priority })).sort(byPriority));

    // A priority change moves the conversation in the view at once.
    const last = open[open.length - 1];
    await db.conversation.update({ where: { id: last.id }, data: { priority: 500 } });
    const reordered = await walk(ctx, { status: 'open', tag: 'shipping' });
    expect(reordered[0]).toEqual({ id: last.id, priority: 500 });
    expect(reordered).toHaveLength(open.length);

    // With another filter: the unassigned ones only, same order, same paging.
    const unassigned = await walk(ctx, { status: 'open', tag: 'shipping', assignee: 'none' });
    const want = expected.filter((e) => e.unassigned).map(({ id, priority }) => ({ id, priority: id === last.id ? 500 : priority })).sort(byPriority);
    expect(unassigned).toEqual(want);

    // The resolved view has the resolved one.
    expect((await walk(ctx, { status: 'resolved', tag: 'shipping' })).map((r) => r.id)).toEqual([resolved.id]);
  });
});
