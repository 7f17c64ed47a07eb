// Inbox at scale — run with:
//
//   node --disable-warning=ExperimentalWarning --experimental-wasm-modules --import tsx tests/bench/inbox-scale.ts
//
// options: --conversations N (default 1000000; ~5 messages each), --runs N (calls per
//          measure, default 500), --no-page-load, --build (rebuild .next-bench even if
//          fresh), --keep (keep the database; prints --reuse <name>), --reuse <name>
//          (measure an existing bench database, skipping generation), --only <prefix>
//          (only the measures whose name starts so: list, views, conversation, search).
//
// 1. A fresh database (a new database on DATABASE_URL's server, else an embedded
//    Postgres 17 under .data/bench-postgres), migrated, filled in SQL with
//    1,000,000 conversations and ~5,000,000 messages (tests/bench/lib/generate-inbox-data.ts);
//    reports the generation time.
// 2. The real lib functions on the huge workspace (400k conversations), warm:
//    listConversations for every inbox view, page 2 and deep pages; getConversation
//    for random conversations; the views-panel counts; searchInbox.
//    Goals: list p95 < 50 ms, conversation p95 < 100 ms.
// 3. The inbox page's first load in a production build (.next-bench, `next start`
//    on this database): compressed JavaScript for /inbox (goal < 250 KB) and Largest
//    Contentful Paint in headless Chromium (median of several cold loads, goal < 1.5 s).
// Prints a table and, last, one JSON line with every figure.
import crypto from 'node:crypto';
import { formatTable, loadAverage } from './lib/measure';
import { openBenchDatabase, serverSettings } from './lib/bench-server';
import { generateInboxData, type GenerateResult } from './lib/generate-inbox-data';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const conversations = Number(option('conversations') ?? 1_000_000);
const runs = Number(option('runs') ?? 500);
const reuse = option('reuse');
const log = (s: string) => console.log(`[bench] ${s}`);

const loadBefore = loadAverage();
const started = Date.now();
const database = await openBenchDatabase({ reuse });
log(`database ${database.name} on ${database.where}`);
let keep = flag('keep') || Boolean(reuse);
try {
  let generation: GenerateResult | null = null;
  if (!reuse) {
    log(`generating ${conversations.toLocaleString('en')} conversations...`);
    generation = await generateInboxData(database.url, { conversations, log });
    log(`generated in ${generation.seconds.toFixed(0)} s: ${JSON.stringify(generation.counts)}`);
  }
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? crypto.randomBytes(24).toString('hex'),
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? crypto.randomBytes(32).toString('hex'),
  });
  const settings = await serverSettings(database.url);
  const loadBeforeQueries = loadAverage();
  log('measuring the lib functions...');
  const { measureInboxQueries } = await import('./lib/measure-inbox-queries');
  const { samples, facts } = await measureInboxQueries(database.url, { runs, log, only: option('only') });
  const { disconnectDb } = await import('@/lib/db');
  await disconnectDb();

  let pageLoad: Record<string, unknown> | null = null;
  if (!flag('no-page-load')) {
    const { measurePageLoad } = await import('./lib/measure-page-load');
    pageLoad = await measurePageLoad(database.url, { build: flag('build'), log });
  }

  console.log(`\nInbox at scale: ${database.where}, Postgres ${settings.server_version}, shared_buffers ${settings.shared_buffers}`);
  if (generation) {
    console.log(`Generated ${generation.counts.Conversation.toLocaleString('en')} conversations, ${generation.counts.Message.toLocaleString('en')} messages in ${generation.seconds.toFixed(0)} s`);
  }
  console.log(`Huge workspace: ${JSON.stringify(facts.workspace)}\n`);
  console.log(formatTable(samples));
  if (pageLoad) console.log(`\nPage load: ${JSON.stringify(pageLoad, null, 2)}`);
  const misses = samples.filter((s) => s.goal && s.p95 >= s.goal).map((s) => s.name);
  console.log(misses.length ? `\nMISSED: ${misses.join('; ')}` : '\nEvery query within its goal.');
  console.log(`Load average (1/5/15 min): before ${loadBefore.join(' ')}, before measuring ${loadBeforeQueries.join(' ')}, after ${loadAverage().join(' ')}; 2 cores shared`);
  if (keep) console.log(`Kept the database: re-measure with --reuse ${database.name}`);
  console.log(
    JSON.stringify({
      bench: 'inbox-scale',
      at: new Date().toISOString(),
      database: database.where,
      postgres: settings,
      generation: generation && { seconds: Math.round(generation.seconds), counts: generation.counts, steps: generation.steps, superuser: generation.superuser },
      facts,
      samples,
      pageLoad,
      misses,
      load: { before: loadBefore, beforeMeasuring: loadBeforeQueries, after: loadAverage() },
      totalSeconds: Math.round((Date.now() - started) / 1000),
    }),
  );
} catch (err) {
  keep = flag('keep') || Boolean(reuse);
  throw err;
} finally {
  await database.finish(keep);
}
