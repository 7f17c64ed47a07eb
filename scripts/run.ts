// The one command that runs the product (`npm run demo`, `npm start`):
// a database (DATABASE_URL, or an embedded Postgres under .data/), queues
// (Redis when one answers, else BullMQ on Postgres), migrations, the demo
// workspace (with --demo), a production build when sources changed, then the
// web app and the workers as child processes. Ctrl-C stops all of it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations, root } from './lib/schema-engine';
import { ensureDatabase } from './lib/ensure-database';
import { clearRunInfo, localSecrets, writeRunInfo, writeDemoFile } from './lib/runtime-files';
import { lowerWorkerPriority } from './lib/lower-priority';

const demo = process.argv.includes('--demo');
const port = Number(process.env.PORT ?? 3000);
const baseUrl = (process.env.APP_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
const say = (m: string) => console.log(`\x1b[36m[switchboard]\x1b[0m ${m}`);

const secrets = localSecrets();
const database = await ensureDatabase();
say(database.embedded ? `Embedded Postgres 17 ready (data in .data/postgres)` : `Using DATABASE_URL`);
process.env.DATABASE_URL = database.url;
Object.assign(process.env, secrets);

const { resolveQueueBackend } = await import('../lib/queue/backend');
const backend = await resolveQueueBackend();
say(backend.kind === 'redis' ? `Queues on Redis at ${backend.url.replace(/\/\/[^@]*@/, '//')}` : 'No Redis answered: queues run on BullMQ\'s Postgres backend');

const applied = await applyMigrations(database.url);
say(applied.length ? `Applied ${applied.length} migration(s)` : 'Database schema is up to date');

let demoUsers: { email: string; password: string; role: string; name: string }[] = [];
if (demo) {
  const { seedDemo, DEMO_USERS } = await import('../prisma/seed');
  const result = await seedDemo();
  demoUsers = DEMO_USERS;
  if (result.apiKey) writeDemoFile({ apiKey: result.apiKey });
  say(result.created ? `Seeded the demo workspace (${result.conversations} conversations)` : 'Demo workspace already present');
  const { disconnectDb } = await import('../lib/db');
  await disconnectDb();
}

// Rebuild when any source is newer than the last production build.
function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === "node_modules" || e.startsWith(".next") || e === "generated") continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}
const buildId = path.join(root, '.next/BUILD_ID');
const sources = ['app', 'components', 'lib', 'next.config.js', 'package-lock.json', 'postcss.config.mjs', 'prisma/schema.prisma'];
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (!builtAt || Math.max(...sources.map((s) => newestMtime(path.join(root, s)))) > builtAt || process.env.FORCE_BUILD) {
  say('Building the web app for production (first run or sources changed; about a minute)...');
  await new Promise<void>((resolve, reject) => {
    const b = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } as NodeJS.ProcessEnv });
    b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed with code ${code}`))));
  });
}

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(port),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? baseUrl,
  APP_URL: baseUrl,
  QUEUE_BACKEND: backend.kind,
  ...(backend.kind === 'redis' ? { REDIS_URL: backend.url } : {}),
};
const children: ChildProcess[] = [];
const web = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'inherit'] });
const workers = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'workers/index.ts')], { cwd: root, env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
lowerWorkerPriority(workers.pid);
children.push(web, workers);

let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  say('Stopping...');
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  clearRunInfo();
  await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
for (const c of children) c.on('exit', (code) => { if (!stopping) { say(`A child process exited (code ${code}); stopping.`); void stopAll(1); } });

// Announce once the web server answers.
let announced = false;
web.stdout?.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
    announced = true;
    writeRunInfo({ baseUrl, databaseUrl: database.url, queueBackend: backend.kind, redisUrl: backend.kind === 'redis' ? backend.url : undefined, pid: process.pid, startedAt: new Date().toISOString() });
    say(`Switchboard is running at ${baseUrl}`);
    if (demoUsers.length) {
      say('Demo sign-ins:');
      for (const u of demoUsers) console.log(`    ${u.role.padEnd(8)} ${u.email.padEnd(32)} ${u.password}   (${u.name})`);
      say('`npm run -s demo:info` prints the API key, channels and webhook secrets as JSON. Ctrl-C stops everything.');
    }
  }
});
