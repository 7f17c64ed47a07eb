// DATABASE_URL when set; otherwise the embedded Postgres under .data/postgres
// with a `switchboard` database in it (created on first run).
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { dataDir } from './runtime-files';

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function ensureDatabase(): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({
    dir: path.join(dataDir, 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  const url = await createDatabaseIfMissing(server.url, 'switchboard');
  return { url, embedded: true, stop: server.stop };
}
