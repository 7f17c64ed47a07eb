// GET /api/health: 200 when the database and the queue backend answer, 503
// (with which one failed) when either does not. The failure cases run in
// child processes: the queue backend is chosen once per process, and the
// test process must keep its own working database.
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db';
import { redisAnswers } from '@/lib/redis';
import { GET } from '@/app/api/health/route';
import { closedPort, runChildScript } from '../helpers/run-child-script';

afterAll(disconnectDb);

const callHealth = `
const { GET } = await import('./app/api/health/route.ts');
const res = await GET();
console.log(JSON.stringify({ status: res.status, cacheControl: res.headers.get('cache-control'), body: await res.json() }));
`;

type Answer = { status: number; cacheControl: string; body: { ok: boolean; database: { ok: boolean; error?: string }; queue: { ok: boolean; backend: string; error?: string } } };

describe('GET /api/health', () => {
  it('answers 200 with both checks ok on the test stack, uncached', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ ok: true, database: { ok: true }, queue: { ok: true, backend: process.env.QUEUE_BACKEND } });
  });

  it('answers 200 on the Postgres queue backend too', async () => {
    const r = await runChildScript<Answer>(callHealth, { QUEUE_BACKEND: 'postgres', REDIS_URL: undefined });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, database: { ok: true }, queue: { ok: true, backend: 'postgres' } });
  });

  it('answers 503 naming the database when it is unreachable', async () => {
    const port = await closedPort();
    const redisUp = await redisAnswers(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    // With Redis up, the queue stays healthy and the database alone makes it 503.
    const queueEnv = redisUp ? { QUEUE_BACKEND: 'redis', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } : { QUEUE_BACKEND: 'postgres' };
    const r = await runChildScript<Answer>(callHealth, { DATABASE_URL: `postgresql://nobody:nothing@127.0.0.1:${port}/none`, ...queueEnv });
    expect(r.status).toBe(503);
    expect(r.cacheControl).toBe('no-store');
    expect(r.body.ok).toBe(false);
    expect(r.body.database.ok).toBe(false);
    expect(r.body.database.error).toMatch(/reach|connect|ECONNREFUSED/i);
    if (redisUp) expect(r.body.queue).toEqual({ ok: true, backend: 'redis' });
    else expect(r.body.queue).toMatchObject({ ok: false, backend: 'postgres' });
  });

  it('answers 503 naming the queue when Redis is unreachable', async () => {
    const port = await closedPort();
    const r = await runChildScript<Answer>(callHealth, { QUEUE_BACKEND: 'redis', REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ ok: false, database: { ok: true }, queue: { ok: false, backend: 'redis', error: 'Redis did not answer PING' } });
  });

  it('answers 503 when the Postgres queue backend’s database is unreachable', async () => {
    const port = await closedPort();
    const r = await runChildScript<Answer>(callHealth, { QUEUE_BACKEND: 'postgres', DATABASE_URL: `postgresql://nobody:nothing@127.0.0.1:${port}/none` });
    expect(r.status).toBe(503);
    expect(r.body.database.ok).toBe(false);
    expect(r.body.queue).toMatchObject({ ok: false, backend: 'postgres' });
  });

  it('answers within its deadline when a dependency never responds', async () => {
    // A listener that accepts connections and never says a word: a hung dependency.
    const r = await runChildScript<Answer & { ms: number }>(
      `
      const net = await import('node:net');
      const sockets = [];
      const server = net.createServer((s) => sockets.push(s));
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      process.env.DATABASE_URL = 'postgresql://nobody:nothing@127.0.0.1:' + server.address().port + '/none';
      const started = Date.now();
      const { GET } = await import('./app/api/health/route.ts');
      const res = await GET();
      console.log(JSON.stringify({ status: res.status, body: await res.json(), ms: Date.now() - started }));
      `,
      { QUEUE_BACKEND: 'redis', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    );
    expect(r.status).toBe(503);
    expect(r.body.database).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer/) });
    expect(r.ms).toBeLessThan(10_000);
  });
});
