// The web app for the browser tests: seeds the demo workspace into the test
// database (global-database.ts ran first and put its env in process.env),
// builds the app for production when the build is missing or older than the
// sources, starts `next start` on a free port with the test env, and provides
// its base URL as inject('baseUrl'). The server stops in teardown.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/lib/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const artifacts = path.join(root, 'tests/.artifacts');
// Built apart from the demo's .next, so a test run never breaks a running demo
// (E2E_DIST_DIR gives parallel runs on one checkout their own builds).
const DIST_DIR = process.env.E2E_DIST_DIR || '.next-test';
// What the production build is made of (as in scripts/run.ts).
const SOURCES = ['app', 'components', 'lib', 'next.config.js', 'package-lock.json', 'postcss.config.mjs', 'prisma/schema.prisma', 'tsconfig.json'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || e.startsWith('.next') || e === 'generated') continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}

function buildIfStale() {
  const buildId = path.join(root, DIST_DIR, 'BUILD_ID');
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (builtAt && changedAt <= builtAt && !process.env.FORCE_BUILD) return;
  console.log('[e2e] building the web app for production (sources changed since the last build)...');
  const started = Date.now();
  const b = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (b.status !== 0) throw new Error(`next build failed (code ${b.status}):\n${(b.stdout + b.stderr).split('\n').slice(-60).join('\n')}`);
  console.log(`[e2e] built in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function waitForServer(url: string, server: ChildProcess, output: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}:\n${output()}`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer at ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

export default async function setup(project: TestProject) {
  // The demo workspace, exactly as `npm run demo` seeds it.
  const { seedDemo } = await import('../../prisma/seed');
  const { disconnectDb } = await import('../../lib/db');
  await seedDemo();
  await disconnectDb();

  buildIfStale();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  fs.mkdirSync(artifacts, { recursive: true });
  const logFile = path.join(artifacts, 'next-server.log');
  const log = fs.createWriteStream(logFile);
  let tail = '';
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      APP_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: DIST_DIR,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that teardown stops it and anything it started.
    detached: true,
  });
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-8_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);

  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      const exited = new Promise((r) => server.once('exit', r));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };

  try {
    await waitForServer(`${baseUrl}/login`, server, () => tail);
  } catch (err) {
    await stop();
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
