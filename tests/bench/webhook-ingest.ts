// Webhook ingestion benchmark:  node --import tsx tests/bench/webhook-ingest.ts [--build]
//
// Starts the real thing on a fresh database — `next start` (production build)
// and the worker process (`node --import tsx workers/index.ts`) — and drives
// signed Messenger webhooks over HTTP (keep-alive, many distinct senders):
//   1. sustained: as fast as it answers with BENCH_CONCURRENCY in flight (default 24)
//      for BENCH_SECONDS (default 20) → accepted messages/s, p50, p99;
//   2. baseline: the same rows through ingestInboundMessage directly (no HTTP),
//      same concurrency and duration → messages/s, and the ratio HTTP/baseline;
//   3. fixed rate: BENCH_RATE (default 300) messages/s → p50, p99 (from the scheduled send time);
// peak RSS of the web and worker processes (VmRSS every 200 ms, whole process tree),
// CPU ms per message of web, worker, Postgres and this load generator (where the time goes);
// and at the end checks every accepted message is in Postgres once and every outbox row was relayed.
// Goals: >= 1,000 messages/s, p99 < 100 ms at 300/s, >= 0.5 x baseline, < 400 MB per process.
// --build (or BENCH_BUILD=1) rebuilds into .next-bench; otherwise an existing build is used.
// BENCH_PROFILE=1 also records V8 CPU profiles of web and workers and prints where the time went.
import crypto from 'node:crypto';
import os from 'node:os';
import { PROFILE_DIR, chooseBuild, profileOf, freshDatabase, queueEnv, startWeb, startWorkers, waitForHttp } from './ingest/bench-stack';
import { makeLoad, messengerBody, percentile, type PhaseResult } from './ingest/http-load';
import fs from 'node:fs';
import path from 'node:path';
import { cpuMs, loadAverage, postgresCpuMs, sampleRss } from './ingest/process-stats';
import { summarizeProfile } from './ingest/summarize-profile';
import { freePort } from '../../scripts/lib/embedded-postgres';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 24);
const RATE = Number(process.env.BENCH_RATE ?? 300);
const loadBefore = loadAverage();

if (process.env.BENCH_PROFILE === '1') fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
const build = chooseBuild(process.argv.includes('--build') || process.env.BENCH_BUILD === '1');
const database = await freshDatabase();
const env: Record<string, string> = {
  ...(await queueEnv()),
  DATABASE_URL: database.url,
  ENCRYPTION_KEY: crypto.randomBytes(32).toString('hex'),
  NEXTAUTH_SECRET: crypto.randomBytes(24).toString('hex'),
  LOG_LEVEL: 'warn',
};
Object.assign(process.env, env);
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
Object.assign(process.env, { APP_URL: baseUrl });

// lib/ reads the environment at first use: import it only now.
const { db, disconnectDb } = await import('../../lib/db');
const { encryptJson } = await import('../../lib/crypto');
const { ingestInboundMessage } = await import('../../lib/ingest/ingest-inbound-message');
const { messengerWebhookSchema } = await import('../../lib/channels/messenger/schema');
const { normalizeMessengerPayload } = await import('../../lib/channels/messenger/normalize');

const workspace = await db.workspace.create({ data: { name: 'Bench', slug: `bench-${Date.now()}` } });
const pageId = '104857300118245';
const appSecret = crypto.randomBytes(16).toString('hex');
// The limiter stays on (its cost is part of the path) but high enough not to refuse the bench.
const channel = await db.channel.create({
  data: { workspaceId: workspace.id, provider: 'messenger', name: 'Bench page', externalId: pageId, settings: { pageId, rateLimitPerSecond: 100_000 }, credentials: encryptJson({ appSecret, verifyToken: 'v', pageAccessToken: 'p' }) },
});

const procEnv = { ...process.env, ...env, APP_URL: baseUrl, NEXTAUTH_URL: baseUrl };
const web = startWeb(build.distDir, port, procEnv);
const workers = startWorkers(procEnv);
const webRss = sampleRss(web.pid);
const workerRss = sampleRss(workers.pid);
const stopAll = async () => {
  webRss.stop();
  workerRss.stop();
  await Promise.all([web.stop(), workers.stop()]);
  await disconnectDb();
  await database.drop();
};

type Cpu = { web: number; worker: number; postgres: number; bench: number };
const cpuNow = (): Cpu => ({ web: cpuMs(web.pid), worker: cpuMs(workers.pid), postgres: postgresCpuMs(database.postmasterPid), bench: (process.cpuUsage().user + process.cpuUsage().system) / 1000 });
const cpuPer = (a: Cpu, b: Cpu, n: number) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, n ? +((v - a[k as keyof Cpu]) / n).toFixed(3) : 0])) as Cpu;

async function outboxDrained(timeoutMs = 120_000): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (!(await db.outbox.count({ where: { workspaceId: workspace.id, status: 'pending' } }))) return (Date.now() - start) / 1000;
    await new Promise((r) => setTimeout(r, 250));
  }
  return NaN;
}

async function baseline(seconds: number, concurrency: number): Promise<PhaseResult> {
  const result: PhaseResult = { sent: 0, accepted: 0, refused: {}, errors: 0, dropped: 0, seconds: 0, latencies: [], mids: [] };
  const settings = channel.settings as Record<string, unknown>;
  let n = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const i = n++;
        const t = performance.now();
        const body = messengerWebhookSchema.parse(JSON.parse(messengerBody(pageId, `psid_base_${i}`, `m_base_${i}`, `Do you ship to Norway? (#${i})`)));
        const event = normalizeMessengerPayload(body, settings)[0];
        result.sent++;
        try {
          if (event.kind !== 'message') throw new Error(`not a message: ${event.kind}`);
          await ingestInboundMessage(channel, event.message);
          result.accepted++;
          result.mids.push(`m_base_${i}`);
        } catch {
          result.errors++;
        }
        result.latencies.push(performance.now() - t);
      }
    }),
  );
  result.seconds = (performance.now() - start) / 1000;
  return result;
}

const summary = (r: PhaseResult) => {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return { perSecond: +(r.accepted / r.seconds).toFixed(1), accepted: r.accepted, sent: r.sent, refused: r.refused, errors: r.errors, dropped: r.dropped, p50: +percentile(sorted, 50).toFixed(1), p99: +percentile(sorted, 99).toFixed(1), max: +(sorted.at(-1) ?? NaN).toFixed(1) };
};

try {
  await Promise.all([waitForHttp(`${baseUrl}/api/health`, web), new Promise((r) => setTimeout(r, 1000))]);
  await new Promise((r) => setTimeout(r, 2000));
  const idle = { webMb: +webRss.peak.treeMb.toFixed(0), workerMb: +workerRss.peak.treeMb.toFixed(0) };
  const load = makeLoad({ baseUrl, channelId: channel.id, pageId, appSecret }, 'http', Math.max(CONCURRENCY, 64));
  console.log(`[bench] ${build.distDir} (built ${build.built ? 'now' : `${build.ageMin} min ago`}), ${database.where}, queues on ${env.QUEUE_BACKEND}; load before: ${loadBefore}`);

  const warm = await load.closedLoop(5, CONCURRENCY);
  await outboxDrained();

  let c0 = cpuNow();
  const sustained = await load.closedLoop(SECONDS, CONCURRENCY);
  const sustainedCpu = cpuPer(c0, cpuNow(), sustained.accepted);
  const loadDuring = loadAverage();
  const drainSustained = await outboxDrained();

  c0 = cpuNow();
  const base = await baseline(SECONDS, CONCURRENCY);
  const baseCpu = cpuPer(c0, cpuNow(), base.accepted);
  await outboxDrained();

  c0 = cpuNow();
  const fixed = await load.openLoop(SECONDS, RATE);
  const fixedCpu = cpuPer(c0, cpuNow(), fixed.accepted);
  const drainFixed = await outboxDrained();
  load.close();

  // Every accepted message stored once; every outbox row relayed.
  const acceptedMids = [...warm.mids, ...sustained.mids, ...fixed.mids, ...base.mids];
  const stored = await db.message.count({ where: { channelId: channel.id, providerMessageId: { in: acceptedMids } } });
  const allRows = await db.message.count({ where: { channelId: channel.id } });
  // Every outbox row done (the triage job of each message, and whatever the workers added since).
  const outbox = await db.outbox.groupBy({ by: ['status'], where: { workspaceId: workspace.id }, _count: { _all: true } });
  const outboxBy = Object.fromEntries(outbox.map((o) => [o.status, o._count._all]));
  const [{ relayed }] = await db.$queryRaw<{ relayed: number }[]>`
    SELECT count(*)::int AS relayed FROM "Outbox" o JOIN "Message" m ON o."jobId" = 'triage-' || m.id
    WHERE m."channelId" = ${channel.id} AND o.status = 'done'`;
  const verified = stored === acceptedMids.length && allRows === acceptedMids.length && relayed === allRows && !outboxBy.pending && !outboxBy.failed;

  const s = summary(sustained);
  const f = summary(fixed);
  const b = summary(base);
  const ratio = +(s.perSecond / b.perSecond).toFixed(2);
  const peaks = { webMb: +webRss.peak.treeMb.toFixed(0), webLargestMb: +webRss.peak.largestMb.toFixed(0), workerMb: +workerRss.peak.treeMb.toFixed(0), workerLargestMb: +workerRss.peak.largestMb.toFixed(0) };
  const goals = { throughput: s.perSecond >= 1000, p99At300: f.p99 < 100 && f.dropped === 0, ratio: ratio >= 0.5, memory: peaks.webMb < 400 && peaks.workerMb < 400, verified };

  const ok = (b: boolean) => (b ? 'ok  ' : 'MISS');
  const widths = [20, 9, 8, 8, 8, 9, 16, 0];
  const row = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' ');
  const cpu = (c: Cpu | null) => (c ? `${c.web} / ${c.worker} / ${c.postgres} / ${c.bench}` : '');
  const refusedOf = (r: ReturnType<typeof summary>) => `${Object.entries(r.refused).map(([k, v]) => `${v}x${k}`).join(' ') || '0'} / ${r.errors}${r.dropped ? ` (+${r.dropped} not sent)` : ''}`;
  console.log(
    [
      '',
      `Webhook ingestion (Messenger, signed) on ${os.cpus().length} cores; load average ${loadBefore} before, ${loadDuring} during the sustained phase`,
      row(['phase', 'msg/s', 'p50 ms', 'p99 ms', 'max ms', 'accepted', 'refused / err', 'CPU ms per message: web / worker / postgres / load generator']),
      row([`sustained c=${CONCURRENCY}`, s.perSecond, s.p50, s.p99, s.max, s.accepted, refusedOf(s), cpu(sustainedCpu)]),
      row([`baseline c=${CONCURRENCY}`, b.perSecond, b.p50, b.p99, b.max, b.accepted, refusedOf(b), `(ingest runs in the generator) ${cpu(baseCpu)}`]),
      row([`fixed ${RATE}/s`, f.perSecond, f.p50, f.p99, f.max, f.accepted, refusedOf(f), cpu(fixedCpu)]),
      '',
      `[${ok(goals.throughput)}] accepted ${s.perSecond} msg/s (goal >= 1000)`,
      `[${ok(goals.p99At300)}] p99 at ${RATE}/s: ${f.p99} ms (goal < 100)${f.dropped ? `; the server fell more than 2 s behind, ${f.dropped} of ${f.sent + f.dropped} requests were not sent` : ''}`,
      `[${ok(goals.ratio)}] HTTP / baseline: ${ratio} (goal >= 0.5)`,
      `[${ok(goals.memory)}] peak RSS: web ${peaks.webMb} MB (largest process ${peaks.webLargestMb}; ${idle.webMb} MB when started), workers ${peaks.workerMb} MB (largest ${peaks.workerLargestMb}; ${idle.workerMb} MB when started) (goal < 400 each)`,
      ...[web, workers].map((p, i) => `       ${i ? 'workers' : 'web'} logged: ${[...p.problems].map(([m, n]) => `${n}x ${m}`).join('; ') || 'no warnings or errors'}`),
      `[${ok(goals.verified)}] ${stored}/${acceptedMids.length} accepted messages stored once (${allRows} rows); ${relayed} triage jobs relayed; outbox ${JSON.stringify(outboxBy)}; relay drained ${drainSustained.toFixed(1)} s after the sustained phase, ${drainFixed.toFixed(1)} s after the fixed-rate phase`,
      '',
    ].join('\n'),
  );
  console.log(
    JSON.stringify({
      bench: 'webhook-ingest',
      cores: os.cpus().length,
      loadBefore,
      loadDuring,
      build: build.distDir,
      queue: env.QUEUE_BACKEND,
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      sustained: { ...s, cpuMsPerMessage: sustainedCpu },
      baseline: { ...b, cpuMsPerMessage: baseCpu },
      fixed: { rate: RATE, ...f, cpuMsPerMessage: fixedCpu },
      ratio,
      peakRss: peaks,
      startRss: idle,
      nodeOptions: process.env.BENCH_NODE_OPTIONS ?? '',
      verify: { accepted: acceptedMids.length, stored, rows: allRows, triageJobsRelayed: relayed, outbox: outboxBy },
      goals,
    }),
  );
} catch (err) {
  console.error((err as Error).message, '\n', web.tail(), '\n', workers.tail());
  process.exitCode = 1;
} finally {
  await stopAll();
}
if (process.env.BENCH_PROFILE === '1') {
  for (const name of ['web', 'workers']) {
    const file = profileOf(name);
    if (file) console.log(`\nCPU profile of the ${name} process (${path.relative(process.cwd(), file)}):\n${summarizeProfile(file)}`);
  }
}
process.exit(process.exitCode ?? 0);
