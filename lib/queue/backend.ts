// The one place that chooses where the queues live. Redis is the production
// default; with no Redis, BullMQ 6 runs the same Queue/Worker API on Postgres
// (tables in the `bullmq` schema of our database).
//
// Decision order: QUEUE_BACKEND if set; else REDIS_URL if set; else a Redis on
// 127.0.0.1:6379 if one answers; else Postgres. The launcher (scripts/run.ts)
// resolves this once and passes QUEUE_BACKEND/REDIS_URL to the web and worker
// processes so they always agree.
import {
  createPostgresBackend,
  createRedisBackend,
  withBackend,
  type JobsOptions,
  type Processor,
  type Queue as BullQueue,
  type Worker as BullWorker,
  type WorkerOptions,
} from 'bullmq';
import { DEFAULT_LOCAL_REDIS, createRedis, redisAnswers } from '@/lib/redis';

export type QueueBackend = { kind: 'redis'; url: string } | { kind: 'postgres'; url: string };

let resolved: Promise<QueueBackend> | undefined;

export function resolveQueueBackend(): Promise<QueueBackend> {
  resolved ??= (async (): Promise<QueueBackend> => {
    const explicit = process.env.QUEUE_BACKEND;
    const databaseUrl = process.env.DATABASE_URL ?? '';
    if (explicit === 'postgres') return { kind: 'postgres', url: databaseUrl };
    if (explicit === 'redis' || process.env.REDIS_URL) {
      return { kind: 'redis', url: process.env.REDIS_URL ?? DEFAULT_LOCAL_REDIS };
    }
    if (await redisAnswers(DEFAULT_LOCAL_REDIS)) return { kind: 'redis', url: DEFAULT_LOCAL_REDIS };
    return { kind: 'postgres', url: databaseUrl };
  })();
  return resolved;
}

// Redis keys carry a hash tag so that every queue works on a Redis Cluster.
// QUEUE_PREFIX separates installations (and test runs) sharing one Redis.
const redisPrefix = () => `{${process.env.QUEUE_PREFIX || 'switchboard'}}`;
const PG_SCHEMA = 'bullmq';

function postgresConnection(url: string, max: number) {
  return { connectionString: url, schema: PG_SCHEMA, max, migrate: true };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQueue = BullQueue<any, any, string>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyWorker = BullWorker<any, any, string>;

export async function createQueue(name: string, defaultJobOptions?: JobsOptions): Promise<AnyQueue> {
  const backend = await resolveQueueBackend();
  if (backend.kind === 'redis') {
    const { Queue } = withBackend(createRedisBackend);
    return new Queue(name, {
      connection: createRedis(backend.url, 'worker'),
      prefix: redisPrefix(),
      defaultJobOptions,
    }) as unknown as AnyQueue;
  }
  const { Queue } = withBackend(createPostgresBackend);
  return new Queue(name, { connection: postgresConnection(backend.url, 3), defaultJobOptions }) as unknown as AnyQueue;
}

export async function createWorker<T>(
  name: string,
  processor: Processor<T>,
  opts: Omit<WorkerOptions, 'connection' | 'prefix'> = {},
): Promise<AnyWorker> {
  const backend = await resolveQueueBackend();
  if (backend.kind === 'redis') {
    const { Worker } = withBackend(createRedisBackend);
    return new Worker(name, processor, {
      ...opts,
      connection: createRedis(backend.url, 'worker'),
      prefix: redisPrefix(),
    }) as unknown as AnyWorker;
  }
  const { Worker } = withBackend(createPostgresBackend);
  return new Worker(name, processor, {
    ...opts,
    connection: postgresConnection(backend.url, (opts.concurrency ?? 1) + 2),
  }) as unknown as AnyWorker;
}

// Health: does the queue backend answer right now?
export async function pingQueueBackend(timeoutMs = 1500): Promise<{ ok: boolean; kind: QueueBackend['kind']; error?: string }> {
  const backend = await resolveQueueBackend();
  if (backend.kind === 'redis') {
    const ok = await redisAnswers(backend.url, timeoutMs);
    return ok ? { ok, kind: 'redis' } : { ok, kind: 'redis', error: 'Redis did not answer PING' };
  }
  // The Postgres backend lives in our database; check its schema is there.
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: backend.url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    const { rowCount } = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [PG_SCHEMA]);
    // The schema appears when the first queue connects (migrate: true).
    return rowCount ? { ok: true, kind: 'postgres' } : { ok: false, kind: 'postgres', error: `Schema "${PG_SCHEMA}" is missing: no queue has connected yet` };
  } catch (err) {
    return { ok: false, kind: 'postgres', error: (err as Error).message };
  } finally {
    await client.end().catch(() => {});
  }
}
