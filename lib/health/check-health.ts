// Is the product able to work: does the database answer, does the queue backend?
import { db } from '@/lib/db';
import { pingQueueBackend } from '@/lib/queue/backend';

export type Health = {
  ok: boolean;
  database: { ok: boolean; error?: string };
  queue: { ok: boolean; backend: string; error?: string };
};

export async function checkHealth(): Promise<Health> {
  const [database, queue] = await Promise.all([
    db.$queryRaw`SELECT 1`.then(
      () => ({ ok: true }),
      (err: Error) => ({ ok: false, error: err.message.split('\n')[0] }),
    ),
    pingQueueBackend().then(
      (r) => ({ ok: r.ok, backend: r.kind, ...(r.error ? { error: r.error } : {}) }),
      (err: Error) => ({ ok: false, backend: 'unknown', error: err.message }),
    ),
  ]);
  return { ok: database.ok && queue.ok, database, queue };
}
