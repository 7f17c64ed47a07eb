// Runs the outbox relay: wakes on Postgres NOTIFY (sent by a trigger when
// outbox rows commit) and polls every second as a safety net.
import pg from 'pg';
import { env } from '@/lib/env';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { log } from '@/lib/log';

const POLL_MS = 1000;

export async function startOutboxRelay(): Promise<() => Promise<void>> {
  let stopping = false;
  let running: Promise<void> | null = null;
  let again = false;

  const kick = () => {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await drainOutbox();
        } catch (err) {
          log.error('outbox relay failed', { error: (err as Error).message });
        }
      } while (again && !stopping);
    })().finally(() => {
      running = null;
    });
  };

  const listener = new pg.Client({ connectionString: env().DATABASE_URL });
  listener.on('error', (err) => log.warn('outbox listener error', { error: err.message }));
  listener.on('notification', kick);
  try {
    await listener.connect();
    await listener.query('LISTEN switchboard_outbox');
  } catch (err) {
    log.warn('outbox relay cannot LISTEN, polling only', { error: (err as Error).message });
  }
  const timer = setInterval(kick, POLL_MS);
  kick();

  return async () => {
    stopping = true;
    clearInterval(timer);
    await running;
    await listener.end().catch(() => {});
  };
}
