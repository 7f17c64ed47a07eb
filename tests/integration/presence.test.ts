// Collision detection's presence: heartbeats from two members, typing, tabs
// that move or leave, entries that expire when a tab dies silently, and
// workspace isolation. Run against the Postgres store always and the Redis
// store when this run has Redis (the product uses the queue backend's one);
// what each heartbeat publishes is read from the live relay.
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db';
import type { Caller } from '@/lib/auth/session';
import { scopedDb } from '@/lib/tenancy';
import { closeRelay } from '@/lib/live/get-relay';
import { subscribeLive, type LiveEvent } from '@/lib/live/live-events';
import { recordPresence } from '@/lib/presence/record-presence';
import { listPresence } from '@/lib/presence/list-presence';
import { PostgresPresenceStore } from '@/lib/presence/postgres-presence-store';
import { RedisPresenceStore } from '@/lib/presence/redis-presence-store';
import type { PresenceStore } from '@/lib/presence/presence-store';
import { PRESENCE_TTL_MS } from '@/lib/presence/presence-types';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

const redis = process.env.REDIS_URL ? new RedisPresenceStore(process.env.REDIS_URL) : null;
const stores: [string, PresenceStore][] = [['postgres', new PostgresPresenceStore()], ...(redis ? [['redis', redis] as [string, PresenceStore]] : [])];

afterAll(async () => {
  await redis?.close();
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

// Every presence event of a workspace, as published.
async function listen(workspaceId: string) {
  const got: LiveEvent[] = [];
  const stop = await subscribeLive(`ws.${workspaceId}.presence`, (e) => got.push(e));
  return {
    got,
    stop,
    async next(pred: (e: LiveEvent) => boolean, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = got.find(pred);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no such presence event; got ${JSON.stringify(got)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

const tab = (n: number) => `tab-${n}-${Math.random().toString(36).slice(2, 10)}`;

describe.each(stores)('presence on %s', (_name, store) => {
  it('shows two members viewing, then one typing, to everyone in the workspace', async () => {
    const ws = await createTestWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const live = await listen(ws.workspace.id);
    const [tabA, tabB] = [tab(1), tab(2)];
    const t = Date.now();

    await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'viewing', tabId: tabA }, { store, now: t });
    const both = await recordPresence(ctxOf(ws, 'admin'), { conversationId: conversation.id, state: 'viewing', tabId: tabB }, { store, now: t + 10 });
    const names = { agent: ws.agent.user.name, admin: ws.admin.user.name };
    expect(both.viewers.map((v) => [v.name, v.state]).sort()).toEqual([[names.admin, 'viewing'], [names.agent, 'viewing']]);

    await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'typing', tabId: tabA }, { store, now: t + 20 });
    const typing = await live.next((e) => (e.viewers as { state: string }[]).some((v) => v.state === 'typing'));
    expect(typing).toMatchObject({ type: 'presence.updated', conversationId: conversation.id });
    expect(typing.viewers).toContainEqual({ membershipId: ws.agent.membership.id, name: names.agent, state: 'typing' });
    expect(typing.viewers).toContainEqual({ membershipId: ws.admin.membership.id, name: names.admin, state: 'viewing' });

    const snapshot = await listPresence(ctxOf(ws, 'admin'), { store, now: t + 30 });
    expect(Object.keys(snapshot.conversations)).toEqual([conversation.id]);
    expect(snapshot.conversations[conversation.id]).toHaveLength(2);
    await live.stop();
  });

  it('publishes nothing for a heartbeat that changes nothing', async () => {
    const ws = await createTestWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const live = await listen(ws.workspace.id);
    const tabA = tab(1);
    const t = Date.now();
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'viewing', tabId: tabA }, { store, now: t });
    await live.next(() => true);
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'viewing', tabId: tabA }, { store, now: t + 10_000 });
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'viewing', tabId: tabA }, { store, now: t + 20_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(live.got).toHaveLength(1);
    await live.stop();
  });

  it('drops a tab that stopped heartbeating after the TTL, and tells the others', async () => {
    const ws = await createTestWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const live = await listen(ws.workspace.id);
    const t = Date.now();
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'typing', tabId: tab(1) }, { store, now: t });
    // The admin's heartbeats keep arriving; the agent's tab died.
    await recordPresence(ctxOf(ws, 'admin'), { conversationId: conversation.id, state: 'viewing', tabId: tab(2) }, { store, now: t + PRESENCE_TTL_MS - 1000 });
    expect((await listPresence(ctxOf(ws, 'admin'), { store, now: t + PRESENCE_TTL_MS - 1 })).conversations[conversation.id]).toHaveLength(2);
    // Past the TTL the agent is not listed, even before anyone sweeps.
    expect((await listPresence(ctxOf(ws, 'admin'), { store, now: t + PRESENCE_TTL_MS })).conversations[conversation.id]).toHaveLength(1);
    const after = await recordPresence(ctxOf(ws, 'admin'), { conversationId: conversation.id, state: 'viewing', tabId: tab(3) }, { store, now: t + PRESENCE_TTL_MS + 500 });
    expect(after.viewers.map((v) => v.membershipId)).toEqual([ws.admin.membership.id]);
    // The sweep published the conversation without the agent.
    await live.next((e) => (e.viewers as unknown[]).length === 1 && !(e.viewers as { membershipId: string }[]).some((v) => v.membershipId === ws.agent.membership.id));
    await live.stop();
  });

  it('moves a tab from one conversation to the next, and "left" only removes it from the one it names', async () => {
    const ws = await createTestWorkspace();
    const one = (await createTestConversation(ws.workspace.id, ws.channel.id)).conversation;
    const two = (await createTestConversation(ws.workspace.id, ws.channel.id)).conversation;
    const live = await listen(ws.workspace.id);
    const tabA = tab(1);
    const t = Date.now();
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: one.id, state: 'viewing', tabId: tabA }, { store, now: t });
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: two.id, state: 'viewing', tabId: tabA }, { store, now: t + 100 });
    await live.next((e) => e.conversationId === one.id && (e.viewers as unknown[]).length === 0);
    // A late "left" for the first conversation must not remove the tab from the second.
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: one.id, state: 'left', tabId: tabA }, { store, now: t + 200 });
    expect(Object.keys((await listPresence(ctxOf(ws, 'agent'), { store, now: t + 300 })).conversations)).toEqual([two.id]);
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: two.id, state: 'left', tabId: tabA }, { store, now: t + 400 });
    expect((await listPresence(ctxOf(ws, 'agent'), { store, now: t + 500 })).conversations).toEqual({});
    await live.next((e) => e.conversationId === two.id && (e.viewers as unknown[]).length === 0);
    await live.stop();
  });

  it('counts a member with two tabs once, typing if either tab is', async () => {
    const ws = await createTestWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const t = Date.now();
    await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'viewing', tabId: tab(1) }, { store, now: t });
    const r = await recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'typing', tabId: tab(2) }, { store, now: t + 10 });
    expect(r.viewers).toEqual([{ membershipId: ws.agent.membership.id, name: ws.agent.user.name, state: 'typing' }]);
  });

  it('keeps workspaces apart: another workspace’s conversation is a 404 and stores nothing; snapshots and events stay home', async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const convB = (await createTestConversation(b.workspace.id, b.channel.id)).conversation;
    const convA = (await createTestConversation(a.workspace.id, a.channel.id)).conversation;
    const liveB = await listen(b.workspace.id);
    const t = Date.now();
    await expect(recordPresence(ctxOf(a, 'agent'), { conversationId: convB.id, state: 'viewing', tabId: tab(1) }, { store, now: t })).rejects.toMatchObject({ status: 404 });
    expect((await listPresence(ctxOf(a, 'agent'), { store, now: t })).conversations).toEqual({});
    expect((await listPresence(ctxOf(b, 'agent'), { store, now: t })).conversations).toEqual({});

    await recordPresence(ctxOf(a, 'agent'), { conversationId: convA.id, state: 'viewing', tabId: tab(2) }, { store, now: t });
    expect((await listPresence(ctxOf(b, 'admin'), { store, now: t + 1 })).conversations).toEqual({});
    await new Promise((r) => setTimeout(r, 300));
    expect(liveB.got).toEqual([]);
    await liveB.stop();
  });

  it('refuses an API key and a malformed tab id', async () => {
    const ws = await createTestWorkspace();
    const { conversation } = await createTestConversation(ws.workspace.id, ws.channel.id);
    const apiCtx = { workspaceId: ws.workspace.id, role: 'manager' as const, actor: { type: 'api_key' as const, apiKeyId: 'k', name: 'key' }, db: scopedDb(ws.workspace.id) };
    await expect(recordPresence(apiCtx, { conversationId: conversation.id, state: 'viewing', tabId: tab(1) }, { store })).rejects.toMatchObject({ status: 403 });
    await expect(recordPresence(ctxOf(ws, 'agent'), { conversationId: conversation.id, state: 'viewing', tabId: 'x' }, { store })).rejects.toThrow(/tabId/);
  });
});
