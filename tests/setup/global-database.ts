// Gives the test run its own fresh database, migrated: on DATABASE_URL's
// server when set, else on an embedded Postgres under .data/test-postgres.
// Queues use Redis when REDIS_URL is set or a local Redis answers, else
// BullMQ's Postgres backend, under a per-run prefix so that a demo running on
// the same Redis never sees test jobs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { createDatabaseIfMissing } from '../../scripts/lib/ensure-database';
import { redisAnswers, DEFAULT_LOCAL_REDIS } from '../../lib/redis';

declare module 'vitest' {
  export interface ProvidedContext {
    testEnv: Record<string, string>;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

// Test runs may overlap on a developer machine; each needs its own cluster.
// Reuse the first data directory whose Postgres is not running (initdb is slow).
function freeDataDir(): string {
  for (let i = 0; i < 16; i++) {
    const dir = path.join(root, `.data/test-postgres-${i}`);
    const pidFile = path.join(dir, 'postmaster.pid');
    if (!fs.existsSync(pidFile)) return dir;
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(pidFile, { force: true }); // stale: its Postgres is gone
      return dir;
    }
  }
  throw new Error('16 test runs at once? No free embedded Postgres data directory under .data/');
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({ dir: freeDataDir(), port: await freePort(), quiet: true });
    serverUrl = server.url;
    stopServer = server.stop;
  }
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const dbName = `switchboard_test_${runId}`;
  let url: string;
  let created = true;
  try {
    url = await createDatabaseIfMissing(serverUrl, dbName);
  } catch (err) {
    console.warn(`Cannot create a test database (${(err as Error).message}); using DATABASE_URL as it is.`);
    url = serverUrl;
    created = false;
  }

  const migrate = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--experimental-wasm-modules', '--import', 'tsx', 'scripts/migrate.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`Migrating the test database failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const redisUrl = process.env.REDIS_URL ?? ((await redisAnswers(DEFAULT_LOCAL_REDIS)) ? DEFAULT_LOCAL_REDIS : '');
  const testEnv: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATABASE_SERVER_URL: serverUrl,
    QUEUE_BACKEND: process.env.QUEUE_BACKEND ?? (redisUrl ? 'redis' : 'postgres'),
    QUEUE_PREFIX: `switchboard-test-${runId}`,
    NEXTAUTH_SECRET: 'test-secret-test-secret-test-secret',
    ENCRYPTION_KEY: 'test-encryption-key-0123456789',
    LOG_LEVEL: 'error',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  Object.assign(process.env, testEnv);
  project.provide('testEnv', testEnv);

  return async () => {
    if (created) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
      await admin.end();
    }
    await stopServer();
  };
}
