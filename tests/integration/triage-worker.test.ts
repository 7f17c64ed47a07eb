// The triage worker end to end on the real Postgres and queue: a message goes in
// through ingest, comes out tagged, with a severity, a priority, reasons on the
// timeline and a routing job; duplicates are harmless; a worker killed mid-job
// loses nothing and applies nothing twice.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { closeQueues, getQueue } from '@/lib/queue/get-queue';
import { subscribeLive, type LiveEvent } from '@/lib/live/live-events';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { runTriage } from '@/lib/triage/run-triage';
import { computePriority } from '@/lib/triage/compute-priority';
import { startTriageWorker } from '@/workers/triage';
import { GET as getConversationRoute } from '@/app/api/v1/conversations/[id]/route';
import { PUT as putSeverity } from '@/app/api/v1/conversations/[id]/severity/route';
import { DELETE as deleteTag } from '@/app/api/v1/conversations/[id]/tags/route';
import { callRoute } from '../helpers/call-route';
import { activeTags, createTriageWorkspace, ingestAndTriage, ingestCustomerMessage, waitForTriage } from '../helpers/triage-workspace';

const root = path.resolve(import.meta.dirname, '../..');
let stopWorker: (() => Promise<void>) | null = null;

beforeAll(async () => {
  // Every worker of this queue (the stalled-job check is throttled queue-wide by
  // whichever worker ran it last): a dead worker's job is re-delivered within ~5 s (a busy machine must still renew live locks).
  process.env.TRIAGE_LOCK_MS = '4000';
  process.env.TRIAGE_STALLED_MS = '1000';
  stopWorker = await startTriageWorker();
});

afterAll(async () => {
  await stopWorker?.();
  await closeQueues();
  await disconnectDb();
});

async function send(handler: (r: Request, s: { params: Promise<Record<string, string>> }) => Promise<Response>, method: string, url: string, key: string, id: string, body?: unknown) {
  const res = await handler(
    new Request(`http://switchboard.test${url}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve({ id }) },
  );
  return { status: res.status, body: await res.json() };
}

const OUTAGE = 'Your whole site is down for everyone, checkout returns 502 errors since 9am!! Nobody in our office can order.';

describe('triage worker', () => {
  it('tags, scores, prioritises and explains an inbound message, and hands it to routing', async () => {
    const ws = await createTriageWorkspace();
    const live: LiveEvent[] = [];
    const unsubscribe = await subscribeLive(`ws.${ws.workspaceId}.conversation`, (e) => live.push(e));
    const before = Date.now();
    const { conversationId, messageId, message } = await ingestAndTriage(ws.channel, { text: OUTAGE, followers: 120 });

    expect(message.triagedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(message.language).toBe('en');
    const tags = await activeTags(conversationId);
    expect(tags.map((t) => t.key)).toContain('incident');
    const incident = tags.find((t) => t.key === 'incident')!;
    expect(incident).toMatchObject({ source: 'model', messageId });
    expect(incident.reason).toMatch(/outage|everyone/);

    const c = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(c.severity).toBeLessThanOrEqual(2);
    expect(c.language).toBe('en');
    expect(c.triagedAt).toEqual(message.triagedAt);
    // Priority: severity first (computed at triage time, so compare the band).
    expect(Math.floor(c.priority / 100_000_000)).toBe(Math.floor(computePriority({ severity: c.severity, waitingSince: c.waitingSince }).score / 100_000_000));

    const events = await db.conversationEvent.findMany({ where: { conversationId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['tagged', 'severity']));
    expect(events.find((e) => e.kind === 'tagged' && e.summary.startsWith('tagged incident'))!.summary).toMatch(/^tagged incident \(model, 0\.\d\d: .+\)$/);
    expect(events.find((e) => e.kind === 'severity')!.summary).toMatch(new RegExp(`^severity SEV${c.severity} \\(incident: `));

    const route = await db.outbox.findFirstOrThrow({ where: { jobId: `route-${messageId}` } });
    expect(route).toMatchObject({ queue: 'routing', job: 'routing.conversation', priority: c.severity });
    expect(route.payload).toMatchObject({ workspaceId: ws.workspaceId, conversationId });

    // The API's detail explains the same, with triagedAt on the conversation and the message.
    const api = await callRoute(getConversationRoute, `/api/v1/conversations/${conversationId}`, { key: ws.apiKey, params: { id: conversationId } });
    expect(api.status).toBe(200);
    expect(api.body.triagedAt).toBe(c.triagedAt!.toISOString());
    expect(api.body.messages[0]).toMatchObject({ id: messageId, language: 'en', triagedAt: message.triagedAt!.toISOString() });
    expect(api.body.tags.find((t: { key: string }) => t.key === 'incident')).toMatchObject({ source: 'model', reason: incident.reason });
    expect(api.body.timeline.map((e: { summary: string }) => e.summary)).toEqual(events.map((e) => e.summary));

    // Open inboxes hear about it after the commit.
    const deadline = Date.now() + 5000;
    while (!live.some((e) => e.type === 'conversation.updated' && e.id === conversationId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(live).toContainEqual({ type: 'conversation.updated', id: conversationId, fields: expect.arrayContaining(['tags', 'severity', 'priority']) });
    await unsubscribe();
  });

  it('corrections through the API: bad input is a clear 4xx and changes nothing; another workspace is 404', async () => {
    const ws = await createTriageWorkspace();
    const other = await createTriageWorkspace();
    const { conversationId } = await ingestAndTriage(ws.channel, { text: OUTAGE });
    const before = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    const url = `/api/v1/conversations/${conversationId}`;
    for (const body of [{ severity: 7 }, { severity: 0 }, { severity: 'high' }, {}, { severity: 2, extra: true }]) {
      const r = await send(putSeverity, 'PUT', `${url}/severity`, ws.apiKey, conversationId, body);
      expect(r.status).toBe(400);
      expect(r.body.error.message).toBeTruthy();
    }
    expect((await send(putSeverity, 'PUT', `${url}/severity`, other.apiKey, conversationId, { severity: 1 })).status).toBe(404);
    expect((await send(deleteTag, 'DELETE', `${url}/tags`, ws.apiKey, conversationId)).status).toBe(400);
    expect((await send(deleteTag, 'DELETE', `${url}/tags?tag=incident`, other.apiKey, conversationId)).status).toBe(404);
    expect((await send(deleteTag, 'DELETE', `${url}/tags?tag=nope`, ws.apiKey, conversationId)).status).toBe(400);
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(after).toMatchObject({ severity: before.severity, severitySetBy: null });
    expect(await db.tagApplication.count({ where: { conversationId, removedAt: { not: null } } })).toBe(0);
    // Removing a tag that is not there changes nothing.
    expect(await send(deleteTag, 'DELETE', `${url}/tags?tag=ugc`, ws.apiKey, conversationId)).toMatchObject({ status: 200, body: { changed: false } });
  });

  it('never lowers severity, never re-adds a tag an agent removed, never overrides an agent-set severity', async () => {
    const ws = await createTriageWorkspace();
    const first = await ingestAndTriage(ws.channel, { text: OUTAGE, from: 'ana' });
    const sev = (await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).severity;

    // A thank-you in the same conversation: no tag, severity kept, explained.
    const thanks = await ingestAndTriage(ws.channel, { text: 'ok thanks', from: 'ana' });
    expect(thanks.conversationId).toBe(first.conversationId);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).severity).toBe(sev);
    const triageEvent = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: first.conversationId, kind: 'triage' } });
    expect(triageEvent.summary).toMatch(/^no tag: /);

    // The agent removes incident: a new outage report in the conversation does not bring it back.
    const removed = await send(deleteTag, 'DELETE', `/api/v1/conversations/${first.conversationId}/tags?tag=incident`, ws.apiKey, first.conversationId);
    expect(removed.status).toBe(200);
    await ingestAndTriage(ws.channel, { text: 'Still down. The whole checkout is broken for every customer, error 502 everywhere!!', from: 'ana' });
    expect((await activeTags(first.conversationId)).map((t) => t.key)).not.toContain('incident');
    expect(await db.tagApplication.count({ where: { conversationId: first.conversationId, tag: { key: 'incident' } } })).toBe(1);

    // The agent sets SEV4: later triage explains but does not change it.
    const put = await send(putSeverity, 'PUT', `/api/v1/conversations/${first.conversationId}/severity`, ws.apiKey, first.conversationId, { severity: 4 });
    expect(put).toMatchObject({ status: 200, body: { severity: 4, changed: true } });
    await ingestAndTriage(ws.channel, { text: 'Our payment was taken twice and the site is down for all of us. Lawyers are next.', from: 'ana' });
    const after = await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } });
    expect(after.severity).toBe(4);
    expect(after.severitySetBy).toBeTruthy();
    const stays = await db.conversationEvent.findFirst({ where: { conversationId: first.conversationId, summary: { startsWith: 'severity stays SEV4 (set by an agent' } } });
    expect(stays).toBeTruthy();
  });

  it('only triages inbound messages, and a second run of the same job writes nothing', async () => {
    const ws = await createTriageWorkspace();
    const { messageId, conversationId } = await ingestAndTriage(ws.channel, { text: 'Can we get a quote for 300 seats of the business plan for our support team?' });
    const snapshot = async () => ({
      tags: await db.tagApplication.count({ where: { conversationId } }),
      events: await db.conversationEvent.count({ where: { conversationId } }),
      outbox: await db.outbox.count({ where: { workspaceId: ws.workspaceId, queue: 'routing' } }),
      conversation: await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { severity: true, priority: true, triagedAt: true, updatedAt: true } }),
    });
    const once = await snapshot();
    expect(once.tags).toBeGreaterThan(0);
    expect(await runTriage(ws.workspaceId, messageId)).toMatchObject({ status: 'skipped', reason: 'already triaged' });
    expect(await snapshot()).toEqual(once);

    // Two deliveries at the same moment: one applies, the other finds the message taken.
    const fresh = await ingestCustomerMessage(ws.channel, { text: 'Would be great if you added a dark mode to the mobile app' });
    const results = await Promise.all([runTriage(ws.workspaceId, fresh.messageId), runTriage(ws.workspaceId, fresh.messageId)]);
    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'skipped']);
    expect(await db.tagApplication.count({ where: { conversationId: fresh.conversationId } })).toBe((await activeTags(fresh.conversationId)).length);
    expect(await db.outbox.count({ where: { jobId: `route-${fresh.messageId}` } })).toBe(1);

    // Two messages of one conversation triaged at the same moment: the tag is added once.
    const m1 = await ingestCustomerMessage(ws.channel, { text: OUTAGE, from: 'bo' });
    const m2 = await ingestCustomerMessage(ws.channel, { text: 'Checkout is down for everyone here too, 502 on every order!!', from: 'bo' });
    expect(m2.conversationId).toBe(m1.conversationId);
    const both = await Promise.all([runTriage(ws.workspaceId, m1.messageId), runTriage(ws.workspaceId, m2.messageId)]);
    expect(both.map((r) => r.status)).toEqual(['applied', 'applied']);
    const keys = (await activeTags(m1.conversationId)).map((t) => t.key);
    expect(keys).toContain('incident');
    expect(new Set(keys).size).toBe(keys.length);
    expect(await db.conversationEvent.count({ where: { conversationId: m1.conversationId, kind: 'tagged' } })).toBe(keys.length);
    // The same for messages that take the one-statement path (no incident).
    const l1 = await ingestCustomerMessage(ws.channel, { text: 'Can we get a quote for 300 seats of the business plan?', from: 'cy' });
    const l2 = await ingestCustomerMessage(ws.channel, { text: 'Also: what would the enterprise plan cost for 300 seats, with SSO?', from: 'cy' });
    const leads = await Promise.all([runTriage(ws.workspaceId, l1.messageId), runTriage(ws.workspaceId, l2.messageId)]);
    expect(leads.map((r) => r.status)).toEqual(['applied', 'applied']);
    const leadKeys = (await activeTags(l1.conversationId)).map((t) => t.key);
    expect(leadKeys.filter((k) => k === 'sales_lead')).toHaveLength(1);
    expect(new Set(leadKeys).size).toBe(leadKeys.length);

    const note = await db.message.create({ data: { workspaceId: ws.workspaceId, conversationId, channelId: ws.channel.id, direction: 'note', text: 'internal: big lead' } });
    expect(await runTriage(ws.workspaceId, note.id)).toMatchObject({ status: 'skipped', reason: 'not inbound (note)' });
    expect(await runTriage(ws.workspaceId, 'no-such-message')).toMatchObject({ status: 'skipped', reason: 'message not found' });
  });

  it('a worker killed mid-job: the job is re-delivered, nothing is lost and nothing applied twice', async () => {
    const ws = await createTriageWorkspace();
    await stopWorker?.();
    stopWorker = null;
    const env = { ...process.env, TRIAGE_TEST_DELAY_MS: '30000', LOG_LEVEL: 'error' };
    const code = "const { startTriageWorker } = await import('./workers/triage.ts'); await startTriageWorker(); console.log('ready');";
    const child: ChildProcess = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d) => (out += d) && out.includes('ready') && resolve());
        child.on('exit', (c) => reject(new Error(`worker exited early (${c})`)));
      });
      const { messageId, conversationId } = await ingestCustomerMessage(ws.channel, { text: OUTAGE });
      await drainOutbox();
      const queue = await getQueue('triage');
      const jobId = `triage-${messageId}`;
      const deadline = Date.now() + 15_000;
      while ((await queue.getJobState(jobId)) !== 'active' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await queue.getJobState(jobId)).toBe('active');
      // The child is inside its transaction now (writes done, commit held back).
      await new Promise((r) => setTimeout(r, 500));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));

      // Its transaction died with it: nothing half-written.
      await new Promise((r) => setTimeout(r, 300));
      expect((await db.message.findUniqueOrThrow({ where: { id: messageId } })).triagedAt).toBeNull();
      expect(await db.tagApplication.count({ where: { conversationId } })).toBe(0);

      // A healthy worker picks the stalled job up once the dead one's lock expires.
      stopWorker = await startTriageWorker();
      await waitForTriage(messageId, 20_000);
      const tags = await activeTags(conversationId);
      expect(tags.map((t) => t.key)).toContain('incident');
      expect(await db.tagApplication.count({ where: { conversationId } })).toBe(tags.length);
      expect(new Set(tags.map((t) => t.key)).size).toBe(tags.length);
      expect(await db.conversationEvent.count({ where: { conversationId, kind: 'tagged' } })).toBe(tags.length);
      expect(await db.outbox.count({ where: { jobId: `route-${messageId}` } })).toBe(1);
      const doneBy = Date.now() + 5000;
      while ((await queue.getJobState(jobId)) !== 'completed' && Date.now() < doneBy) await new Promise((r) => setTimeout(r, 50));
      expect(await queue.getJobState(jobId)).toBe('completed');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
