// Commit → tagged+prioritised → assigned, at 100 messages a second.
//
//   node --disable-warning=ExperimentalWarning --import tsx tests/bench/triage-latency.ts [rate=100] [seconds=30]
//   (BENCH_WORKERS=triage: relay + triage only; QUEUE_BACKEND=postgres: BullMQ on Postgres;
//    BENCH_PG_STATS=1: top Postgres statements per message, from pg_stat_statements)
//
// A fresh database (a new one on DATABASE_URL's server, else a private embedded
// Postgres), migrated and seeded with the demo workspace (teams, members,
// shifts, rules); the real worker process (`node --import tsx workers/index.ts`:
// outbox relay, triage, and routing when it exists) on Redis when one answers,
// else BullMQ on Postgres (QUEUE_BACKEND forces either). Then realistic
// multilingual messages (../shared/eval/triage-dev.jsonl, on the channel they
// came from) are committed through ingestInboundMessage at the given rate, and
// for each one we watch Postgres for (a) message.triagedAt (tagged and
// prioritised) and (b) an assignee or a handoff on its new conversation.
// Latency runs from Message.createdAt (stamped inside the ingest transaction,
// so at or before its commit) to the moment a separate watcher process
// (watch-pipeline.ts, polling every 20 ms) sees the committed row: an upper bound.
// Also printed: where the time goes (relay, queue wait, load, classifier, apply,
// crisis check, from BullMQ's timestamps and the job results), the worker's
// resident memory, and the CPU each message costs the worker, the ingesting
// process and Postgres (so: how many cores the rate needs). Goal: p95 < 300 ms.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshBenchDatabase, pgStatsWanted, printTopStatements, resetStatements, summarize } from './bench-database';
import { evalDir } from '../../scripts/lib/shared-dir';

const root = path.resolve(import.meta.dirname, '../..');
const rate = Number(process.argv[2] ?? 100);
const seconds = Number(process.argv[3] ?? 30);

const { redisAnswers, DEFAULT_LOCAL_REDIS } = await import('../../lib/redis');
const redisUrl = process.env.REDIS_URL ?? ((await redisAnswers(DEFAULT_LOCAL_REDIS)) ? DEFAULT_LOCAL_REDIS : '');
const backend = process.env.QUEUE_BACKEND ?? (redisUrl ? 'redis' : 'postgres');
const database = await freshBenchDatabase();
Object.assign(process.env, {
  DATABASE_URL: database.url,
  QUEUE_BACKEND: backend,
  QUEUE_PREFIX: `switchboard-bench-${Date.now().toString(36)}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-secret-bench-secret-bench',
  ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? 'bench-encryption-key-0123456789',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
  ...(backend === 'redis' ? { REDIS_URL: redisUrl } : {}),
});
console.log(`database ${database.embedded ? 'embedded Postgres' : "DATABASE_URL's server"}, fresh; queues on ${backend}; ${rate} messages/s for ${seconds} s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);

const { db, disconnectDb } = await import('../../lib/db');
const { seedDemo } = await import('../../prisma/seed');
const { ingestInboundMessage } = await import('../../lib/ingest/ingest-inbound-message');
const { parseJsonl } = await import('../../lib/triage/classifier/evaluate-triage');
const { getQueue, closeQueues } = await import('../../lib/queue/get-queue');

const seeded = await seedDemo();
const channels = await db.channel.findMany({ where: { workspaceId: seeded.workspaceId } });
const channelFor = (c: string) => {
  const provider = ({ facebook: 'messenger', review: 'api', forum: 'api', form: 'api' } as Record<string, string>)[c] ?? c;
  return channels.find((ch) => ch.provider === provider) ?? channels.find((ch) => ch.provider === 'api')!;
};
const rows = parseJsonl(fs.readFileSync(path.join(evalDir(), 'triage-dev.jsonl'), 'utf8'));
console.log(`seeded the demo workspace (${seeded.conversations} conversations); ${rows.length} evaluation texts in ${new Set(rows.map((r) => r.lang)).size} languages`);

// The real worker process, exactly as `npm run start:workers` runs it. With
// BENCH_WORKERS=triage, only the outbox relay and the triage worker run (to see
// triage's own latency apart from routing and SLA work sharing the process).
// WORKER_NODE_FLAGS adds node flags to the worker (e.g. --cpu-prof to see where its time goes).
const triageOnly = process.env.BENCH_WORKERS === 'triage';
const onlyTriage =
  "const { startOutboxRelay } = await import('./workers/outbox-relay.ts'); const { startTriageWorker } = await import('./workers/triage.ts');" +
  "await startOutboxRelay(); await startTriageWorker(); console.log('workers started'); process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1 << 30);";
const workerFlags = (process.env.WORKER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const entry = triageOnly ? ['--input-type=module', '-e', onlyTriage] : ['workers/index.ts'];
const worker = spawn(process.execPath, [...workerFlags, '--disable-warning=ExperimentalWarning', '--import', 'tsx', ...entry], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info', DATABASE_POOL_SIZE: process.env.WORKER_POOL_SIZE ?? '10' }, stdio: ['ignore', 'pipe', 'pipe'] });
worker.stderr.on('data', (d) => process.stderr.write(`[worker] ${d}`));
await new Promise<void>((resolve, reject) => {
  let out = '';
  worker.stdout.on('data', (d) => {
    out += d;
    if (out.includes('workers started')) resolve();
  });
  worker.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
  setTimeout(() => resolve(), 20_000);
});
const routingExists = !triageOnly && fs.existsSync(path.join(root, 'workers/routing.ts'));
let maxRss = 0;
const rssTimer = setInterval(() => {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${worker.pid}/status`, 'utf8'));
  if (m) maxRss = Math.max(maxRss, Number(m[1]) * 1024);
}, 500);

// CPU time (ms) used so far by the worker, this process and the Postgres backends
// serving the bench database (Linux /proc; clock ticks of 10 ms).
function ticksOf(pid: number | string): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}
function cpuNow() {
  const dbName = new URL(database.url).pathname.slice(1);
  let postgres = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dbName)) postgres += ticksOf(pid);
    } catch {
      // gone
    }
  }
  const me = process.cpuUsage();
  return { worker: ticksOf(worker.pid!), ingest: (me.user + me.system) / 1000, postgres };
}

let seq = 0;
async function send(i: number): Promise<void> {
  const row = rows[i % rows.length];
  await ingestInboundMessage(channelFor(row.channel), {
    providerMessageId: `bench-${process.pid}-${seq++}`,
    sentAt: new Date(),
    contact: { externalId: `bench-${row.channel}-${Math.floor(Math.random() * 1e9)}`, name: row.author?.name ?? 'Customer', followers: row.author?.followers, verified: row.author?.verified },
    text: row.text,
    subject: row.subject,
    attachments: (row.attachments ?? []).map((a) => ({ type: a.type, name: a.name ?? undefined })),
  });
}

// Commits `count` messages at `perSecond`, each on schedule whether or not the
// previous ones have returned (as webhooks arrive).
async function drive(count: number, perSecond: number): Promise<{ seconds: number; failed: number }> {
  const start = Date.now();
  let failed = 0;
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / perSecond;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    inflight.push(send(i).catch((e) => void (failed++ < 3 && console.error('ingest failed:', (e as Error).message.split('\n').pop()))));
  }
  await Promise.all(inflight);
  return { seconds: (Date.now() - start) / 1000, failed };
}

async function pendingTriage(since: Date): Promise<number> {
  return db.message.count({ where: { workspaceId: seeded.workspaceId, direction: 'in', createdAt: { gte: since }, triagedAt: null } });
}
async function settle(since: Date, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while ((await pendingTriage(since)) > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
}

// Warm-up (JIT, pools, caches), not measured.
const warmFrom = new Date();
await drive(100, 50);
await settle(warmFrom, 60_000);

// The stopwatch, in its own process.
const since = new Date();
const watcher = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'tests/bench/watch-pipeline.ts', database.url, seeded.workspaceId, since.toISOString()], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
let watched = '';
watcher.stdout.on('data', (d) => (watched += d));
while (!watched.includes('ready')) await new Promise((r) => setTimeout(r, 20));

const pgStats = pgStatsWanted() && (await resetStatements(database.url));
const cpuBefore = cpuNow();
const run = await drive(rate * seconds, rate);
await settle(since, 120_000);
// Routing follows triage: give the last conversations a moment to be assigned.
if (routingExists) await new Promise((r) => setTimeout(r, 5000));
clearInterval(rssTimer);
const cpuAfter = cpuNow();
watcher.kill('SIGTERM');
await new Promise((r) => watcher.once('exit', r));
type Seen = { id: string; createdAt: number; triagedAt?: number; triagedSeen?: number; opened: boolean; assignedSeen?: number };
const seen = JSON.parse(watched.trim().split('\n').pop()!) as Seen[];
const triaged = seen.filter((s) => s.triagedSeen !== undefined);

console.log(`\ncommitted ${seen.length} messages in ${run.seconds.toFixed(1)} s (${(seen.length / run.seconds).toFixed(0)}/s; ${run.failed} failed to ingest); triaged ${triaged.length}; not triaged ${seen.length - triaged.length}`);
console.log(`(a) commit → tagged+prioritised, seen in Postgres:   ${summarize(triaged.map((s) => s.triagedSeen! - s.createdAt))}`);
console.log(`    commit → the worker claimed it (message.triagedAt): ${summarize(triaged.map((s) => s.triagedAt! - s.createdAt))}`);
if (routingExists) {
  const opened = seen.filter((s) => s.opened);
  const assigned = opened.filter((s) => s.assignedSeen !== undefined);
  console.log(`(b) commit → assigned or handed off (new conversations): ${summarize(assigned.map((s) => s.assignedSeen! - s.createdAt))}  (${assigned.length} of ${opened.length}; the rest wait in a team queue or need no one)`);
} else {
  console.log(`(b) commit → assigned: n/a (${triageOnly ? 'BENCH_WORKERS=triage' : 'no routing worker in workers/ yet'})`);
}

// Where the time went, from BullMQ's own timestamps and the job results.
const queue = await getQueue('triage');
const jobs = new Map((await queue.getJobs(['completed'], 0, 10_000)).map((j) => [j.id, j]));
type Result = { loadMs?: number; classifyMs?: number; applyMs?: number; crisisMs?: number; path?: string };
const parts = { relay: [] as number[], queued: [] as number[], run: [] as number[], load: [] as number[], classify: [] as number[], apply: [] as number[], fast: [] as number[], tx: [] as number[], crisis: [] as number[] };
for (const s of triaged) {
  const j = jobs.get(`triage-${s.id}`);
  if (!j?.processedOn || !j.finishedOn) continue;
  const r = (j.returnvalue ?? {}) as Result;
  parts.relay.push(j.timestamp - s.createdAt);
  parts.queued.push(j.processedOn - j.timestamp);
  parts.run.push(j.finishedOn - j.processedOn);
  if (r.loadMs !== undefined) parts.load.push(r.loadMs);
  if (r.classifyMs !== undefined) parts.classify.push(r.classifyMs);
  if (r.applyMs !== undefined) parts.apply.push(r.applyMs);
  if (r.applyMs !== undefined) (r.path === 'fast' ? parts.fast : parts.tx).push(r.applyMs);
  if (r.crisisMs !== undefined && r.crisisMs > 0.05) parts.crisis.push(r.crisisMs);
}
console.log('where the time goes (triage jobs):');
console.log(`  commit → on the queue (outbox relay)               ${summarize(parts.relay)}`);
console.log(`  waiting on the queue                               ${summarize(parts.queued)}`);
console.log(`  job running                                        ${summarize(parts.run)}`);
console.log(`    load context                                     ${summarize(parts.load)}`);
console.log(`    classifier (triageMessage), inside the worker    ${summarize(parts.classify)}`);
console.log(`    apply (all)                                      ${summarize(parts.apply)}`);
console.log(`      one guarded statement                          ${summarize(parts.fast)}`);
console.log(`      transaction (the conversation had changed)     ${summarize(parts.tx)}`);
console.log(`    crisis check after commit (incident reports)     ${summarize(parts.crisis)}`);
console.log(`worker resident memory: max ${(maxRss / 1024 / 1024).toFixed(0)} MB`);
// CPU per message: what 100 messages/s costs, whatever else the machine runs.
const per = (a: number, b: number) => `${((b - a) / Math.max(1, seen.length)).toFixed(1)} ms`;
console.log(
  `CPU per committed message: worker process ${per(cpuBefore.worker, cpuAfter.worker)}, ingesting process ${per(cpuBefore.ingest, cpuAfter.ingest)}, ` +
    `Postgres backends of this database ${per(cpuBefore.postgres, cpuAfter.postgres)}` +
    ` → ${(((cpuAfter.worker - cpuBefore.worker + cpuAfter.ingest - cpuBefore.ingest + cpuAfter.postgres - cpuBefore.postgres) / Math.max(1, seen.length)) * rate / 1000).toFixed(2)} cores at ${rate}/s (machine: ${os.cpus().length})`,
);
if (pgStats) await printTopStatements(database.url, seen.length);

worker.kill('SIGTERM');
await new Promise((r) => worker.once('exit', r));
await closeQueues();
await disconnectDb();
await database.drop();
process.exit(0);
