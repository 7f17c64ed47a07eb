// A fresh, migrated database for a benchmark run: a new database on
// DATABASE_URL's server when set, else on a private embedded Postgres (data
// under .data/triage-bench-postgres, on a free port). Dropped (and stopped) afterwards.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { createDatabaseIfMissing } from '../../scripts/lib/ensure-database';

const root = path.resolve(import.meta.dirname, '../..');

export async function freshBenchDatabase(): Promise<{ url: string; embedded: boolean; drop: () => Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({ dir: path.join(root, '.data/triage-bench-postgres'), port: await freePort(), quiet: true });
    serverUrl = server.url;
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
