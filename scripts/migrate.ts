// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, recording
// them in _prisma_migrations exactly as `prisma migrate deploy` would.
import { applyMigrations } from './lib/schema-engine';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. `npm run demo` starts an embedded Postgres and migrates it for you.');
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
