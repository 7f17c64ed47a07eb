// The system under test for the ingestion benchmark: a production build (an
// existing .next-test or .next that has the Messenger route, else a fresh
// `next build` into .next-bench), a fresh migrated database (a new database on
// DATABASE_URL's server, else an embedded Postgres under .data/bench-postgres-ingest),
// the queue backend (Redis when one answers, under a private prefix, else
// Postgres), and the real web (`next start`) and worker processes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../../scripts/lib/embedded-postgres';
import { createDatabaseIfMissing } from '../../../scripts/lib/ensure-database';
import { DEFAULT_LOCAL_REDIS, redisAnswers } from '../../../lib/redis';
import { lowerWorkerPriority } from '../../../scripts/lib/lower-priority';

export const root = path.resolve(import.meta.dirname, '../../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const ROUTE = 'server/app/api/webhooks/messenger/[channelId]/route.js';

export function chooseBuild(force: boolean): { distDir: string; built: boolean; ageMin: number } {
  if (!force) {
    for (const dir of ['.next-bench', '.next-test', '.next']) {
      const id = path.join(root, dir, 'BUILD_ID');
      if (fs.existsSync(id) && fs.existsSync(path.join(root, dir, ROUTE))) return { distDir: dir, built: false, ageMin: Math.round((Date.now() - fs.statSync(id).mtimeMs) / 60_000) };
    }
  }
  console.log('[bench] building the app into .next-bench (next build)...');
  const b = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-bench' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (b.status !== 0) throw new Error(`next build failed:\n${(b.stdout + b.stderr).split('\n').slice(-40).join('\n')}`);
  return { distDir: '.next-bench', built: true, ageMin: 0 };
}

// Other benchmarks may run an embedded Postgres at the same time: take the
// first .data/bench-postgres-ingest[-n] whose Postgres is not running.
function freeDataDir(): string {
  for (let i = 0; i < 8; i++) {
    const dir = path.join(root, `.data/bench-postgres-ingest${i ? `-${i}` : ''}`);
    const pidFile = path.join(dir, 'postmaster.pid');
    if (!fs.existsSync(pidFile)) return dir;
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    } catch {
      fs.rmSync(pidFile, { force: true }); // stale: its Postgres is gone
      return dir;
    }
  }
  throw new Error('No free data directory for the benchmark’s Postgres under .data/');
}

export async function freshDatabase(): Promise<{ url: string; where: string; postmasterPid?: number; drop: () => Promise<void> }> {
  let server = process.env.DATABASE_URL;
  let stop = async () => {};
  let where = 'DATABASE_URL server';
  let postmasterPid: number | undefined;
  if (!server) {
    const dir = freeDataDir();
    const pgServer = await startEmbeddedPostgres({ dir, port: await freePort(), quiet: true });
    server = pgServer.url;
    stop = pgServer.stop;
    where = `embedded Postgres 17 (${path.relative(root, dir)})`;
    postmasterPid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }
  const name = `switchboard_bench_${Date.now().toString(36)}`;
  const url = await createDatabaseIfMissing(server, name);
  const migrate = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--experimental-wasm-modules', '--import', 'tsx', 'scripts/migrate.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrating the bench database failed:\n${migrate.stdout}\n${migrate.stderr}`);
  return {
    url,
    where,
    postmasterPid,
    drop: async () => {
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await admin.end();
      await stop();
    },
  };
}

export async function queueEnv(): Promise<Record<string, string>> {
  const prefix = `switchboard-bench-${crypto.randomBytes(3).toString('hex')}`;
  if (process.env.QUEUE_BACKEND === 'postgres') return { QUEUE_BACKEND: 'postgres', QUEUE_PREFIX: prefix };
  const url = process.env.REDIS_URL ?? DEFAULT_LOCAL_REDIS;
  if (process.env.REDIS_URL || (await redisAnswers(url))) return { QUEUE_BACKEND: 'redis', REDIS_URL: url, QUEUE_PREFIX: prefix };
  return { QUEUE_BACKEND: 'postgres', QUEUE_PREFIX: prefix };
}

// problems: warnings and errors the process logged, by message (a benchmark
// that is fast because every request fails should not pass unnoticed).
export type Proc = { child: ChildProcess; pid: number; tail: () => string; problems: Map<string, number>; stop: () => Promise<void> };

// BENCH_NODE_OPTIONS (e.g. "--max-old-space-size=256") goes to the web and worker processes.
export function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  const nodeOptions = process.env.BENCH_NODE_OPTIONS ? process.env.BENCH_NODE_OPTIONS.split(/\s+/) : [];
  const child = spawn(process.execPath, [...nodeOptions, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let tail = '';
  const problems = new Map<string, number>();
  const keep = (d: Buffer) => {
    const text = d.toString();
    tail = (tail + text).slice(-6000);
    for (const m of text.matchAll(/"level":"(warn|error)","msg":"([^"]{1,120})"/g)) problems.set(`${m[1]}: ${m[2]}`, (problems.get(`${m[1]}: ${m[2]}`) ?? 0) + 1);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return {
    child,
    pid: child.pid!,
    tail: () => `[${name}]\n${tail}`,
    problems,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone
        }
      }, 10_000);
      await exited;
      clearTimeout(t);
    },
  };
}

export async function waitForHttp(url: string, proc: Proc, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`exited with ${proc.child.exitCode}\n${proc.tail()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (res.status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in time\n${proc.tail()}`);
}

// BENCH_PROFILE=1: V8 CPU profiles of the web and worker processes, written on exit.
export const PROFILE_DIR = path.join(root, '.data/bench-profiles');
// One directory per process: tsx's loader thread writes a profile of its own.
const profileArgs = (name: string) => (process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, name)}`] : []);

// The main thread's profile is the largest one a process wrote.
export function profileOf(name: string): string | null {
  const dir = path.join(PROFILE_DIR, name);
  if (!fs.existsSync(dir)) return null;
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0] ?? null;
}

export function startWeb(distDir: string, port: number, env: NodeJS.ProcessEnv): Proc {
  return startProcess('web', [...profileArgs('web'), nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { ...env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' });
}

// At a lower CPU priority, as `npm start` runs them (scripts/lib/lower-priority.ts).
export function startWorkers(env: NodeJS.ProcessEnv): Proc {
  const proc = startProcess('workers', [...profileArgs('workers'), '--disable-warning=ExperimentalWarning', '--import', 'tsx', 'workers/index.ts'], { ...env, NODE_ENV: 'production' });
  lowerWorkerPriority(proc.pid);
  return proc;
}
