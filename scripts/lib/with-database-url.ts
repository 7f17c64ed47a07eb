// Runs fn with a Postgres server URL: DATABASE_URL when set, else the embedded
// Postgres under .data/ (started for the call and stopped after).
import path from 'node:path';
import { isPortFree, startEmbeddedPostgres } from './embedded-postgres';
import { readRunInfo } from './runtime-files';
import { root } from './schema-engine';

export async function withDatabaseUrl(fn: (url: string) => Promise<void>): Promise<void> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  // A running `npm run demo` already holds the embedded Postgres: use it.
  const running = readRunInfo();
  if (running?.databaseUrl && !(await isPortFree(Number(process.env.EMBEDDED_PG_PORT ?? 54329)))) return fn(running.databaseUrl);
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
