// `npm run db:seed` creates the demo workspace if it is missing;
// `npm run db:seed -- --reset` deletes it and its users and creates it again.
// Database: DATABASE_URL, else the running demo's (.data/run.json), else the
// embedded Postgres under .data/ (started for the call). The schema must be
// migrated already (`npm run db:migrate`, or `npm run demo` once).
// The new workspace's API key goes to .data/demo.json for `demo:info`.
import { ensureDatabase } from './lib/ensure-database';
import { localSecrets, readRunInfo, writeDemoFile } from './lib/runtime-files';

const reset = process.argv.includes('--reset');

// A running demo owns the embedded Postgres: seed into it instead of starting a second one.
const fromEnv = Boolean(process.env.DATABASE_URL);
if (!fromEnv) {
  const run = readRunInfo();
  if (run?.databaseUrl) process.env.DATABASE_URL = run.databaseUrl;
}
const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
// The same secrets as `npm run demo`, so channel credentials decrypt in the
// app. Read .data/secrets.json only when the environment has none: with both
// set, localSecrets() would overwrite the local demo's file with them.
if (!process.env.ENCRYPTION_KEY || !process.env.NEXTAUTH_SECRET) {
  for (const [key, value] of Object.entries(localSecrets())) process.env[key] ??= value;
}
// .data/demo.json belongs to the local demo: with an explicit DATABASE_URL
// only update it when that is the running demo's database.
const ownsDemoFile = !fromEnv || readRunInfo()?.databaseUrl === database.url;

const { seedDemo, DEMO_USERS } = await import('../prisma/seed');
const { disconnectDb } = await import('../lib/db');
let code = 0;
try {
  const started = Date.now();
  const result = await seedDemo({ reset });
  if (result.apiKey && ownsDemoFile) writeDemoFile({ apiKey: result.apiKey });
  if (result.apiKey && !ownsDemoFile) console.log(`API key (shown once): ${result.apiKey}`);
  if (!result.created) {
    console.log(`The demo workspace already exists (${result.conversations} conversations). Use --reset to recreate it.`);
  } else {
    console.log(`Seeded the demo workspace: ${result.conversations} conversations in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log('Sign-ins:');
    for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(8)} ${u.email.padEnd(28)} ${u.password}   (${u.name})`);
    console.log('`npm run -s demo:info` prints the API key, channels and webhook secrets as JSON.');
  }
} catch (err) {
  const message = (err as Error).message;
  console.error(/does not exist/.test(message) ? `The database has no schema yet: run \`npm run db:migrate\` first.\n${message}` : message);
  code = 1;
} finally {
  await disconnectDb();
  await database.stop();
}
process.exit(code);
