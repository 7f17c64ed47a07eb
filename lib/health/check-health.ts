// Is the product able to work: does the database answer, does the queue backend?
import { db } from '@/lib/db';
import { pingQueueBackend } from '@/lib/queue/backend';

export type Health = {
  ok: boolean;
  database: { ok: boolean; error?: string };
  queue: { ok: boolean; backend: string; error?: string };
};

// A health check must answer even when a dependency hangs (a blackholed host
// never refuses the connection), so each probe gets a deadline.
const PROBE_TIMEOUT_MS = 3000;

function withDeadline<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

// Prisma's messages start with an "Invalid `prisma.$queryRaw()` invocation:"
// preamble and end with the cause; the cause is what an operator needs.
function lastLine(message: string): string {
  return message.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? 'unknown error';
}

export async function checkHealth(): Promise<Health> {
  const [database, queue] = await Promise.all([
    withDeadline(db.$queryRaw`SELECT 1`, 'The database').then(
      () => ({ ok: true }),
      (err: Error) => ({ ok: false, error: lastLine(err.message) }),
    ),
    withDeadline(pingQueueBackend(), 'The queue backend').then(
      (r) => ({ ok: r.ok, backend: r.kind, ...(r.error ? { error: r.error } : {}) }),
      (err: Error) => ({ ok: false, backend: 'unknown', error: err.message }),
    ),
  ]);
  return { ok: database.ok && queue.ok, database, queue };
}
