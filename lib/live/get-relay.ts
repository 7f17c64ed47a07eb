// Live updates between processes (web copies, workers) through BullMQ's Relay,
// on whichever backend the queues use (Redis, or Postgres when there is no
// Redis). Each process is one relay node with a durable inbox, so a web copy
// that blips does not lose the events published meanwhile. One node per process.
import { Relay, createPostgresRelayBackend } from 'bullmq';
import { resolveQueueBackend } from '@/lib/queue/backend';
import { createRedis } from '@/lib/redis';
import { log } from '@/lib/log';

const g = globalThis as unknown as { __switchboardRelay?: Promise<Relay<unknown>> };

export function getRelay(): Promise<Relay<unknown>> {
  g.__switchboardRelay ??= (async () => {
    const backend = await resolveQueueBackend();
    const prefix = process.env.QUEUE_PREFIX || 'switchboard';
    const relay =
      backend.kind === 'redis'
        ? (new Relay({ connection: createRedis(backend.url, 'worker'), prefix: `{${prefix}}`, namespace: 'live', name: process.title }) as Relay<unknown>)
        : (new Relay({
            connection: { connectionString: backend.url, schema: 'bullmq', migrate: true, max: 3 },
            backend: createPostgresRelayBackend,
            namespace: prefix.replace(/[^A-Za-z0-9_-]/g, '_'),
            name: process.title,
          }) as unknown as Relay<unknown>);
    relay.on('error', (err: Error) => log.warn('live relay error', { error: err.message }));
    await relay.waitUntilReady();
    return relay;
  })().catch((err: unknown) => {
    // Not remembered: the next publish or subscribe tries again (Redis may be back).
    g.__switchboardRelay = undefined;
    throw err;
  });
  return g.__switchboardRelay;
}

export async function closeRelay(): Promise<void> {
  const r = g.__switchboardRelay;
  g.__switchboardRelay = undefined;
  if (r) await (await r).close().catch(() => {});
}
