// The queue backend is chosen in one place (lib/queue/backend.ts), once per
// process: QUEUE_BACKEND if set; else REDIS_URL; else a Redis on
// 127.0.0.1:6379 if one answers; else BullMQ's Postgres backend. Each case
// runs in its own child process. Then a real job round trip on each backend.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { db, disconnectDb } from '@/lib/db';
import { DEFAULT_LOCAL_REDIS, redisAnswers } from '@/lib/redis';
import { closedPort, runChildScript, type ChildEnv } from '../helpers/run-child-script';

afterAll(disconnectDb);

const resolveBackend = `
const { resolveQueueBackend } = await import('./lib/queue/backend.ts');
const started = Date.now();
const backend = await resolveQueueBackend();
console.log(JSON.stringify({ ...backend, ms: Date.now() - started }));
`;
type Resolved = { kind: 'redis' | 'postgres'; url: string; ms: number };

const DB = () => process.env.DATABASE_URL!;
const noQueueEnv: ChildEnv = { QUEUE_BACKEND: undefined, REDIS_URL: undefined };
const localRedisUp = await redisAnswers(DEFAULT_LOCAL_REDIS);
const redisUrl = process.env.REDIS_URL ?? DEFAULT_LOCAL_REDIS;
const redisUp = process.env.REDIS_URL ? await redisAnswers(redisUrl) : localRedisUp;
// With a local Redis running, "no Redis answers" is reproduced in a private
// network namespace, where 127.0.0.1 has nothing listening.
const canHideLocalRedis = !localRedisUp || spawnSync('unshare', ['-n', 'true']).status === 0;

describe('resolveQueueBackend', () => {
  it('QUEUE_BACKEND=postgres wins, even over REDIS_URL', async () => {
    const r = await runChildScript<Resolved>(resolveBackend, { QUEUE_BACKEND: 'postgres', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(r).toMatchObject({ kind: 'postgres', url: DB() });
  });

  it('QUEUE_BACKEND=redis uses REDIS_URL, or the local default without probing', async () => {
    expect(await runChildScript<Resolved>(resolveBackend, { QUEUE_BACKEND: 'redis', REDIS_URL: 'redis://queue.internal:6380/2' })).toMatchObject({
      kind: 'redis',
      url: 'redis://queue.internal:6380/2',
    });
    expect(await runChildScript<Resolved>(resolveBackend, { QUEUE_BACKEND: 'redis', REDIS_URL: undefined })).toMatchObject({ kind: 'redis', url: DEFAULT_LOCAL_REDIS });
  });

  it('REDIS_URL alone means Redis at that URL, trusted without a probe', async () => {
    const port = await closedPort();
    const r = await runChildScript<Resolved>(resolveBackend, { QUEUE_BACKEND: undefined, REDIS_URL: `redis://127.0.0.1:${port}` });
    // Production config is not second-guessed: a down Redis shows in /api/health, not as a silent switch.
    expect(r).toMatchObject({ kind: 'redis', url: `redis://127.0.0.1:${port}` });
  });

  it.runIf(localRedisUp)('with nothing set, uses a Redis on 127.0.0.1:6379 when one answers', async () => {
    expect(await runChildScript<Resolved>(resolveBackend, noQueueEnv)).toMatchObject({ kind: 'redis', url: DEFAULT_LOCAL_REDIS });
  });

  it.runIf(canHideLocalRedis)('with nothing set and no Redis answering, falls back to Postgres quickly', async () => {
    const wrap = localRedisUp ? ['unshare', '-n'] : [];
    const r = await runChildScript<Resolved>(resolveBackend, noQueueEnv, { wrap });
    expect(r).toMatchObject({ kind: 'postgres', url: DB() });
    expect(r.ms).toBeLessThan(3000);
  });
});

// Adds a job, lets a worker process it, reports what the queue says afterwards.
const roundTrip = (queueName: string) => `
const { createQueue, createWorker, resolveQueueBackend } = await import('./lib/queue/backend.ts');
const backend = await resolveQueueBackend();
const queue = await createQueue(${JSON.stringify(queueName)});
let done;
const finished = new Promise((resolve, reject) => { done = resolve; setTimeout(() => reject(new Error('no job completed in 20 s')), 20000); });
const worker = await createWorker(${JSON.stringify(queueName)}, async (job) => ({ doubled: job.data.n * 2, name: job.name }));
worker.on('completed', (job, result) => done({ id: job.id, result }));
await queue.add('double', { n: 21 }, { jobId: 'job-1', priority: 2 });
const completed = await finished;
const job = await queue.getJob('job-1');
const out = { backend: backend.kind, completed, state: await job.getState(), returnvalue: job.returnvalue, priority: job.opts.priority, data: job.data };
await worker.close();
await queue.close();
console.log(JSON.stringify(out));
`;

describe('a job round trip', () => {
  it('on the Postgres backend: added, processed by a worker, result stored in the bullmq schema', async () => {
    const name = `roundtrip-pg-${Date.now()}`;
    const r = await runChildScript(roundTrip(name), { QUEUE_BACKEND: 'postgres', REDIS_URL: undefined });
    expect(r).toEqual({
      backend: 'postgres',
      completed: { id: 'job-1', result: { doubled: 42, name: 'double' } },
      state: 'completed',
      returnvalue: { doubled: 42, name: 'double' },
      priority: 2,
      data: { n: 21 },
    });
    // Read the job back from the database the backend wrote it to.
    const rows = await db.$queryRawUnsafe<{ state: string; return_value: unknown; name: string }[]>(
      'SELECT state::text AS state, return_value, name FROM bullmq.job WHERE queue = $1 AND id = $2',
      name,
      'job-1',
    );
    expect(rows).toEqual([{ state: 'completed', return_value: { doubled: 42, name: 'double' }, name: 'double' }]);
  });

  it.runIf(redisUp)('on Redis: added, processed by a worker, result stored under the hash-tagged prefix', async () => {
    const name = `roundtrip-redis-${Date.now()}`;
    const prefix = `switchboard-test-roundtrip-${process.pid}`;
    const r = await runChildScript(roundTrip(name), { QUEUE_BACKEND: 'redis', REDIS_URL: redisUrl, QUEUE_PREFIX: prefix });
    expect(r).toMatchObject({ backend: 'redis', completed: { id: 'job-1', result: { doubled: 42 } }, state: 'completed', priority: 2 });
    const redis = new Redis(redisUrl);
    try {
      // The {…} hash tag keeps every key of a queue in one Redis Cluster slot.
      const key = `{${prefix}}:${name}:job-1`;
      expect(JSON.parse((await redis.hget(key, 'returnvalue')) ?? 'null')).toEqual({ doubled: 42, name: 'double' });
      expect(await redis.hget(key, 'name')).toBe('double');
      const keys = await redis.keys(`{${prefix}}:${name}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });
});
