// The Postgres server for the inbox benchmark and a database on it: a new
// database on DATABASE_URL's server when set, else a private embedded
// Postgres 17 under .data/bench-postgres (another data directory if a
// benchmark is already running there). `reuse` opens an existing database
// (from an earlier --keep run) instead of creating and migrating a new one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../../scripts/lib/embedded-postgres';
import { createDatabaseIfMissing } from '../../../scripts/lib/ensure-database';

export const root = path.resolve(import.meta.dirname, '../../..');

function freeBenchDir(): string {
  for (let i = 0; i < 8; i++) {
    const dir = path.join(root, i === 0 ? '.data/bench-postgres' : `.data/bench-postgres-${i}`);
    const pidFile = path.join(dir, 'postmaster.pid');
    if (!fs.existsSync(pidFile)) return dir;
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    } catch {
      return dir; // stale pid file; Postgres removes it on start
    }
  }
  throw new Error('every .data/bench-postgres* directory is in use');
}

export type BenchDatabase = { url: string; name: string; where: string; finish: (keep: boolean) => Promise<void> };

export async function openBenchDatabase(opts: { reuse?: string }): Promise<BenchDatabase> {
  let server = process.env.DATABASE_URL;
  let stop = async () => {};
  let where = `DATABASE_URL's server (${server ? new URL(server).host : ''})`;
  if (!server) {
    const dir = opts.reuse ? path.join(root, '.data/bench-postgres') : freeBenchDir();
    const pgServer = await startEmbeddedPostgres({ dir, port: await freePort(), quiet: true });
    server = pgServer.url;
    stop = pgServer.stop;
    where = `embedded Postgres 17 (${path.relative(root, dir)})`;
  }
  const name = opts.reuse ?? `switchboard_inbox_bench_${Date.now().toString(36)}`;
  const url = await createDatabaseIfMissing(server, name);
  if (!opts.reuse) {
    const migrate = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--experimental-wasm-modules', '--import', 'tsx', 'scripts/migrate.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    });
    if (migrate.status !== 0) throw new Error(`migrating the bench database failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  return {
    url,
    name,
    where,
    finish: async (keep) => {
      if (!keep) {
        const admin = new pg.Client({ connectionString: server });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
        await admin.end();
      }
      await stop();
    },
  };
}

export async function serverSettings(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT name, setting || coalesce(unit, '') AS value FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'max_parallel_workers_per_gather')`,
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  } finally {
    await c.end();
  }
}
