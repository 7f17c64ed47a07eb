// Runs fn with a Postgres server URL: DATABASE_URL when set, else the embedded
// Postgres under .data/ (started for the call and stopped after).
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { root } from './schema-engine';

export async function withDatabaseUrl(fn: (url: string) => Promise<void>): Promise<void> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const pg = await startEmbeddedPostgres({
    dir: path.join(root, '.data/postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  try {
    await fn(pg.url);
  } finally {
    await pg.stop();
  }
}
