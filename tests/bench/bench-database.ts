// A fresh, migrated database for a benchmark run: a new database on
// DATABASE_URL's server when set, else on a private embedded Postgres (data
// under .data/triage-bench-postgres, on a free port). Dropped (and stopped) afterwards.
// BENCH_PG_STATS=1 (embedded Postgres only): the server preloads
// pg_stat_statements (track=all, so statements inside trigger functions count
// too); resetStatements() / printTopStatements() read where Postgres time goes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { createDatabaseIfMissing } from '../../scripts/lib/ensure-database';

const root = path.resolve(import.meta.dirname, '../..');

export const pgStatsWanted = () => process.env.BENCH_PG_STATS === '1';

export async function freshBenchDatabase(): Promise<{ url: string; embedded: boolean; drop: () => Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const settings: Record<string, string> = pgStatsWanted() ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all', 'pg_stat_statements.max': '5000' } : {};
    // BENCH_PG_SOCKET=1: clients connect over a Unix socket instead of TCP on
    // 127.0.0.1 (a co-located Postgres; on this VM every TCP round trip's
    // loopback work is charged to the sending process).
    const socketDir = process.env.BENCH_PG_SOCKET === '1' ? fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-pg-')) : null;
    if (socketDir) {
      fs.chmodSync(socketDir, 0o777); // the server may run as the `postgres` user
      settings.unix_socket_directories = socketDir;
    }
    const server = await startEmbeddedPostgres({ dir: path.join(root, '.data/triage-bench-postgres'), port: await freePort(), quiet: true, settings });
    serverUrl = server.url;
    if (socketDir) {
      const u = new URL(serverUrl);
      u.hostname = 'localhost';
      u.searchParams.set('host', socketDir);
      serverUrl = u.toString();
    }
    stop = server.stop;
  }
  const name = `switchboard_bench_${Date.now().toString(36)}_${process.pid}`;
  const url = await createDatabaseIfMissing(serverUrl, name);
  const migrate = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--experimental-wasm-modules', '--import', 'tsx', 'scripts/migrate.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`Migrating the bench database failed:\n${migrate.stdout}\n${migrate.stderr}`);
  return {
    url,
    embedded: !process.env.DATABASE_URL,
    drop: async () => {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await admin.end();
      await stop();
    },
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// Starts counting from zero (BENCH_PG_STATS=1); false when the server has no pg_stat_statements loaded.
export async function resetStatements(url: string): Promise<boolean> {
  return withClient(url, async (c) => {
    try {
      await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await c.query('SELECT pg_stat_statements_reset()');
      return true;
    } catch (e) {
      console.error(`pg_stat_statements unavailable: ${(e as Error).message}`);
      return false;
    }
  });
}

// The statements of this database that cost Postgres the most time since the
// reset, with their calls and time per committed message.
export async function printTopStatements(url: string, messages: number, limit = Number(process.env.BENCH_PG_STATS_TOP ?? 25)): Promise<void> {
  await withClient(url, async (c) => {
    const { rows } = await c.query<{ query: string; calls: string; total: number; mean: number; rows: string; toplevel: boolean }>(
      `SELECT s.query, s.calls, s.total_exec_time AS total, s.mean_exec_time AS mean, s.rows, s.toplevel
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
       WHERE d.datname = current_database() ORDER BY s.total_exec_time DESC LIMIT $1`,
      [limit],
    );
    // The chattiest ones too: each round trip costs CPU on both sides, however fast the statement.
    const { rows: chatty } = await c.query<{ query: string; calls: string; total: number; mean: number; rows: string; toplevel: boolean }>(
      `SELECT s.query, s.calls, s.total_exec_time AS total, s.mean_exec_time AS mean, s.rows, s.toplevel
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
       WHERE d.datname = current_database() AND s.toplevel ORDER BY s.calls DESC LIMIT $1`,
      [limit],
    );
    const all = await c.query<{ total: number; calls: string }>(
      `SELECT sum(total_exec_time) AS total, sum(calls) AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() AND s.toplevel`,
    );
    const n = Math.max(1, messages);
    console.log(`\nPostgres statements (pg_stat_statements, top-level: ${(Number(all.rows[0]?.total ?? 0) / n).toFixed(2)} ms exec and ${(Number(all.rows[0]?.calls ?? 0) / n).toFixed(1)} calls per message):`);
    console.log('  ms/msg  calls/msg  mean ms  rows/call  statement');
    const line = (r: (typeof rows)[number]) => {
      const q = r.query.replace(/\s+/g, ' ').slice(0, 160);
      console.log(`  ${(r.total / n).toFixed(3).padStart(6)}  ${(Number(r.calls) / n).toFixed(2).padStart(9)}  ${r.mean.toFixed(3).padStart(7)}  ${(Number(r.rows) / Math.max(1, Number(r.calls))).toFixed(1).padStart(9)}  ${r.toplevel ? '' : '(nested) '}${q}`);
    };
    console.log('  by total time (includes waiting for locks and for a CPU):');
    rows.forEach(line);
    console.log('  by calls (top-level):');
    chatty.forEach(line);
  });
}

export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function summarize(values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  const f = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)} ms` : 'n/a');
  return `n=${s.length}  p50 ${f(percentile(s, 0.5))}  p95 ${f(percentile(s, 0.95))}  p99 ${f(percentile(s, 0.99))}  mean ${f(mean)}  max ${f(s[s.length - 1])}`;
}
