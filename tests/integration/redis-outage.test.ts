// With Redis gone, webhooks still answer 2xx and every message is committed
// to Postgres with its outbox row pending; when Redis is back, the outbox relay
// hands every job to the triage queue exactly once. A private redis-server
// (no persistence) is started and crashed here; the app code runs in child
// processes, since the queue backend is chosen once per process.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { redisAnswers } from '@/lib/redis';
import { closedPort, runChildScript } from '../helpers/run-child-script';
import { createTestWorkspace } from '../helpers/create-test-workspace';

const REDIS_SERVER = '/usr/bin/redis-server';
const N = 40;
let redis: ChildProcess | null = null;

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!(await redisAnswers(`redis://127.0.0.1:${port}`, 300))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

afterAll(async () => {
  if (redis && redis.exitCode === null) redis.kill('SIGKILL');
  await disconnectDb();
});

// Child 1: warm up with Redis up (the rate limiter and the queue connect), crash Redis, then post N webhooks and try to relay.
const postDuringOutage = `
const crypto = await import('node:crypto');
const { POST } = await import('./app/api/webhooks/messenger/[channelId]/route.ts');
const { drainOutbox } = await import('./lib/queue/relay-outbox.ts');
const { getQueue } = await import('./lib/queue/get-queue.ts');
const { redisAnswers } = await import('./lib/redis.ts');
const ch = JSON.parse(process.env.OUTAGE_CHANNEL);
const post = async (n) => {
  const raw = JSON.stringify({ object: 'page', entry: [{ id: ch.pageId, time: Date.now(), messaging: [{ sender: { id: 'psid-' + n }, recipient: { id: ch.pageId }, timestamp: Date.now(), message: { mid: 'm_outage_' + n, text: 'outage ' + n } }] }] });
  const sig = 'sha256=' + crypto.createHmac('sha256', ch.appSecret).update(raw).digest('hex');
  const t = Date.now();
  const res = await POST(new Request('http://switchboard.test/api/webhooks/messenger/' + ch.id, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig }, body: raw }), { params: Promise.resolve({ channelId: ch.id }) });
  return { n, status: res.status, ms: Date.now() - t };
};
const warm = [];
for (let i = 0; i < 3; i++) warm.push(await post('warm-' + i));
await (await getQueue('triage')).getJobCounts();
process.kill(Number(process.env.REDIS_PID), 'SIGKILL');
while (await redisAnswers(process.env.REDIS_URL, 200)) await new Promise((r) => setTimeout(r, 50));
const results = [];
for (let i = 0; i < ${N}; i += 10) results.push(...(await Promise.all(Array.from({ length: 10 }, (_, k) => post(i + k)))));
const t = Date.now();
let relayed = -1, relayError = null;
try { relayed = await drainOutbox(); } catch (e) { relayError = e.message; }
console.log(JSON.stringify({ warm, results, relayed, relayError, relayMs: Date.now() - t }));
`;

// Child 2: Redis is back; relay until nothing is pending, then count the jobs by id; a second relay of the same rows adds nothing.
const relayAfterOutage = `
const { drainOutbox } = await import('./lib/queue/relay-outbox.ts');
const { getQueue } = await import('./lib/queue/get-queue.ts');
const { db } = await import('./lib/db.ts');
const ids = JSON.parse(process.env.OUTAGE_JOB_IDS);
const deadline = Date.now() + 25000;
let pending = ids.length;
while (pending && Date.now() < deadline) {
  await drainOutbox();
  pending = await db.outbox.count({ where: { jobId: { in: ids }, status: 'pending' } });
  if (pending) await new Promise((r) => setTimeout(r, 250));
}
const queue = await getQueue('triage');
// How many jobs of the queue carry each of our ids (other tests' pending rows may be relayed too).
const perId = async () => {
  const jobs = await queue.getJobs(['wait', 'prioritized', 'delayed', 'active', 'completed', 'failed', 'paused'], 0, -1);
  const n = new Map();
  for (const j of jobs) if (ids.includes(j.id)) n.set(j.id, (n.get(j.id) ?? 0) + 1);
  return ids.map((id) => n.get(id) ?? 0);
};
const total = async () => Object.values(await queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'completed', 'failed', 'paused')).reduce((a, b) => a + b, 0);
const before = await perId();
const totalBefore = await total();
await db.outbox.updateMany({ where: { jobId: { in: ids } }, data: { status: 'pending', availableAt: new Date(0) } });
await drainOutbox();
const after = await perId();
console.log(JSON.stringify({ pending, before, after, totalBefore, totalAfter: await total() }));
`;

describe('Redis outage', () => {
  it('acknowledges webhooks while Redis is down and relays every job exactly once when it is back', async () => {
    const port = await closedPort();
    redis = await startRedis(port);
    const ws = await createTestWorkspace();
    const pageId = `77${Date.now()}`.slice(0, 15);
    const appSecret = crypto.randomBytes(16).toString('hex');
    const channel = await db.channel.create({
      data: { workspaceId: ws.workspace.id, provider: 'messenger', name: 'Outage page', externalId: pageId, settings: { pageId }, credentials: encryptJson({ appSecret, verifyToken: 'v', pageAccessToken: 'p' }) },
    });
    const env = {
      QUEUE_BACKEND: 'redis',
      REDIS_URL: `redis://127.0.0.1:${port}`,
      QUEUE_PREFIX: `outage-${crypto.randomBytes(4).toString('hex')}`,
      OUTAGE_CHANNEL: JSON.stringify({ id: channel.id, pageId, appSecret }),
      REDIS_PID: String(redis.pid),
    };

    const down = await runChildScript(postDuringOutage, env, { timeoutMs: 90_000 });
    expect(redis.exitCode !== null || redis.signalCode !== null).toBe(true);
    expect(down.warm.map((r: { status: number }) => r.status)).toEqual([200, 200, 200]);
    expect(down.results).toHaveLength(N);
    expect(down.results.filter((r: { status: number }) => r.status !== 200)).toEqual([]);
    // The relay gave up on the dead queue instead of hanging (ADD_TIMEOUT_MS), and moved nothing.
    expect(down.relayed).toBe(0);
    // The rate limiter fell back to memory at once: no webhook waited on the dead Redis.
    console.log(`during the outage: max ${Math.max(...down.results.map((r: { ms: number }) => r.ms))} ms per webhook, relay gave up after ${down.relayMs} ms`);
    expect(Math.max(...down.results.map((r: { ms: number }) => r.ms))).toBeLessThan(3000);

    const messages = await db.message.findMany({ where: { channelId: channel.id }, select: { id: true, providerMessageId: true } });
    expect(messages).toHaveLength(N + 3);
    const jobIds = messages.map((m) => `triage-${m.id}`);
    const rows = await db.outbox.findMany({ where: { jobId: { in: jobIds } } });
    expect(rows).toHaveLength(N + 3);
    expect(rows.every((r) => r.status === 'pending')).toBe(true);
    expect(rows.some((r) => r.attempts > 0 && r.lastError)).toBe(true);

    redis = await startRedis(port);
    const up = await runChildScript(relayAfterOutage, { ...env, OUTAGE_JOB_IDS: JSON.stringify(jobIds) }, { timeoutMs: 60_000 });
    expect(up.pending).toBe(0);
    // Every job once, by id; relaying the same rows again adds nothing.
    expect(up.before).toEqual(jobIds.map(() => 1));
    expect(up.after).toEqual(jobIds.map(() => 1));
    expect(up.totalAfter).toBe(up.totalBefore);
    expect(await db.outbox.count({ where: { jobId: { in: jobIds }, status: 'done' } })).toBe(N + 3);
    redis.kill('SIGTERM');
  }, 180_000);
});
