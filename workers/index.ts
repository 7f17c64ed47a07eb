// The worker process. Stops cleanly on SIGTERM/SIGINT: in-flight jobs finish;
// BullMQ re-delivers any job whose worker died, and every job is idempotent.
import { disconnectDb } from '@/lib/db';
import { log } from '@/lib/log';
import { startWorkers } from './start-workers';

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
