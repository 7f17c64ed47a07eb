// The worker process. Stops cleanly on SIGTERM/SIGINT: in-flight jobs finish;
// BullMQ re-delivers any job whose worker died, and every job is idempotent.
import { disconnectDb } from '@/lib/db';
import { log } from '@/lib/log';
import { startWorkers } from './start-workers';

// Prepared statements with cached plans for the ORM's queries (lib/db.ts): the
// worker runs the same few statements for every message. DATABASE_PREPARED_STATEMENTS=0 turns it off.
process.env.DATABASE_PREPARED_STATEMENTS ??= '1';

const stop = await startWorkers();
let stopping = false;

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info('workers stopping', { signal });
  setTimeout(() => process.exit(1), 30_000).unref();
  await stop();
  await disconnectDb();
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
