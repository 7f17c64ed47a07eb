// Commit → tagged+prioritised → assigned, at 100 messages a second.
//
//   node --disable-warning=ExperimentalWarning --import tsx tests/bench/triage-latency.ts [rate=100] [seconds=30]
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
// Latency is measured from the moment ingest returned (the message is
// committed) to the moment a poll (every 20 ms) sees the row: an upper bound.
// Also printed: the classifier's time per message inside the worker, and the
// worker's resident memory. Goal: p95 < 300 ms.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freshBenchDatabase, summarize } from './bench-database';

const root = path.resolve(import.meta.dirname, '../..');
const rate = Number(process.argv[2] ?? 100);
const seconds = Number(process.argv[3] ?? 30);
const POLL_MS = 20;

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
console.log(`database ${database.embedded ? 'embedded Postgres' : "DATABASE_URL's server"}, fresh; queues on ${backend}; ${rate} messages/s for ${seconds} s`);

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
const rows = parseJsonl(fs.readFileSync(path.resolve(root, '../shared/eval/triage-dev.jsonl'), 'utf8'));
console.log(`seeded the demo workspace (${seeded.conversations} conversations); ${rows.length} evaluation texts in ${new Set(rows.map((r) => r.lang)).size} languages`);

// The real worker process, exactly as `npm run start:workers` runs it.
const worker = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'workers/index.ts'], { cwd: root, env: { ...process.env, DATABASE_POOL_SIZE: process.env.WORKER_POOL_SIZE ?? '10' }, stdio: ['ignore', 'pipe', 'pipe'] });
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
const routingExists = fs.existsSync(path.join(root, 'workers/routing.ts'));
let maxRss = 0;
const rssTimer = setInterval(() => {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${worker.pid}/status`, 'utf8'));
  if (m) maxRss = Math.max(maxRss, Number(m[1]) * 1024);
}, 500);

type Sent = { messageId: string; conversationId: string; opened: boolean; committedAt: number; triagedSeen?: number; triagedAt?: number; assignedSeen?: number };
let seq = 0;
async function send(i: number, track: Sent[] | null) {
  const row = rows[i % rows.length];
  const channel = channelFor(row.channel);
  const r = await ingestInboundMessage(channel, {
    providerMessageId: `bench-${process.pid}-${seq++}`,
    sentAt: new Date(),
    contact: { externalId: `bench-${row.channel}-${Math.floor(Math.random() * 1e9)}`, name: row.author?.name ?? 'Customer', followers: row.author?.followers, verified: row.author?.verified },
    text: row.text,
    subject: row.subject,
    attachments: (row.attachments ?? []).map((a) => ({ type: a.type, name: a.name ?? undefined })),
  });
  track?.push({ messageId: r.messageId, conversationId: r.conversationId, opened: r.action === 'open', committedAt: Date.now() });
}

async function drive(count: number, perSecond: number, track: Sent[] | null) {
  const start = Date.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / perSecond;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    inflight.push(send(i, track).catch((e) => console.error('ingest failed', (e as Error).message)));
  }
  await Promise.all(inflight);
  return (Date.now() - start) / 1000;
}

// Watches Postgres for triaged messages and assigned (or handed-off) conversations.
const watcher = new pg.Client({ connectionString: database.url });
await watcher.connect();
async function watch(sent: Sent[], untilMs: number) {
  for (;;) {
    const now = Date.now();
    const untriaged = sent.filter((s) => s.triagedSeen === undefined);
    const unassigned = routingExists ? sent.filter((s) => s.opened && s.assignedSeen === undefined) : [];
    if ((!untriaged.length && !unassigned.length) || now > untilMs) return;
    if (untriaged.length) {
      const { rows: done } = await watcher.query('SELECT id, "triagedAt" FROM "Message" WHERE id = ANY($1) AND "triagedAt" IS NOT NULL', [untriaged.map((s) => s.messageId)]);
      const seen = Date.now();
      for (const d of done) Object.assign(sent.find((s) => s.messageId === d.id)!, { triagedSeen: seen, triagedAt: (d.triagedAt as Date).getTime() });
    }
    if (unassigned.length) {
      const { rows: done } = await watcher.query(
        'SELECT c.id FROM "Conversation" c WHERE c.id = ANY($1) AND (c."assigneeId" IS NOT NULL OR EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = c.id))',
        [unassigned.map((s) => s.conversationId)],
      );
      const seen = Date.now();
      for (const d of done) for (const s of unassigned) if (s.conversationId === d.id) s.assignedSeen = seen;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

// Warm-up (JIT, pools, caches), not measured.
const warm: Sent[] = [];
await drive(100, 50, warm);
await watch(warm, Date.now() + 30_000);

const sent: Sent[] = [];
const watching = (async () => {
  const end = Date.now() + seconds * 1000 + 60_000;
  while (Date.now() < end && (sent.length < rate * seconds || sent.some((s) => s.triagedSeen === undefined))) {
    await watch(sent, Math.min(end, Date.now() + 1000));
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
})();
const took = await drive(rate * seconds, rate, sent);
await watching;
// Routing follows triage: give the last conversations a moment to be assigned.
if (routingExists) await watch(sent, Date.now() + 5000);
clearInterval(rssTimer);

const triaged = sent.filter((s) => s.triagedSeen !== undefined);
console.log(`\ncommitted ${sent.length} messages in ${took.toFixed(1)} s (${(sent.length / took).toFixed(0)}/s); triaged ${triaged.length}; not triaged ${sent.length - triaged.length}`);
console.log(`(a) commit → tagged+prioritised, seen in Postgres:   ${summarize(triaged.map((s) => s.triagedSeen! - s.committedAt))}`);
console.log(`    commit → the worker claimed it (message.triagedAt): ${summarize(triaged.map((s) => s.triagedAt! - s.committedAt))}`);
if (routingExists) {
  const opened = sent.filter((s) => s.opened);
  const assigned = opened.filter((s) => s.assignedSeen !== undefined);
  console.log(`(b) commit → assigned or handed off (new conversations): ${summarize(assigned.map((s) => s.assignedSeen! - s.committedAt))}  (${assigned.length} of ${opened.length}; the rest wait in a queue or need no one)`);
} else {
  console.log('(b) commit → assigned: n/a (no routing worker in workers/ yet)');
}

// Where the time went, from BullMQ's own timestamps and the job results.
const queue = await getQueue('triage');
const jobs = new Map((await queue.getJobs(['completed'], 0, 10_000)).map((j) => [j.id, j]));
type Result = { loadMs?: number; classifyMs?: number; applyMs?: number };
const parts = { relay: [] as number[], queued: [] as number[], run: [] as number[], load: [] as number[], classify: [] as number[], apply: [] as number[] };
for (const s of triaged) {
  const j = jobs.get(`triage-${s.messageId}`);
  if (!j?.processedOn || !j.finishedOn) continue;
  const r = (j.returnvalue ?? {}) as Result;
  parts.relay.push(j.timestamp - s.committedAt);
  parts.queued.push(j.processedOn - j.timestamp);
  parts.run.push(j.finishedOn - j.processedOn);
  if (r.loadMs !== undefined) parts.load.push(r.loadMs);
  if (r.classifyMs !== undefined) parts.classify.push(r.classifyMs);
  if (r.applyMs !== undefined) parts.apply.push(r.applyMs);
}
console.log('where the time goes (triage jobs):');
console.log(`  commit → on the queue (outbox relay)               ${summarize(parts.relay)}`);
console.log(`  waiting on the queue                               ${summarize(parts.queued)}`);
console.log(`  job running                                        ${summarize(parts.run)}`);
console.log(`    load context                                     ${summarize(parts.load)}`);
console.log(`    classifier (triageMessage), inside the worker    ${summarize(parts.classify)}`);
console.log(`    apply transaction                                ${summarize(parts.apply)}`);
console.log(`worker resident memory: max ${(maxRss / 1024 / 1024).toFixed(0)} MB`);

worker.kill('SIGTERM');
await new Promise((r) => worker.once('exit', r));
await watcher.end();
await closeQueues();
await disconnectDb();
await database.drop();
process.exit(0);
