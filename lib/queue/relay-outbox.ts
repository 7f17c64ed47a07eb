// Moves pending outbox rows onto their queues. Rows are claimed with
// FOR UPDATE SKIP LOCKED, so several relays can run side by side; a failed
// hand-off (queue down) leaves the row pending with a back-off, so nothing
// acknowledged to a provider is ever lost.
import { db } from '@/lib/db';
import { getQueue } from '@/lib/queue/get-queue';
import type { QueueName } from '@/lib/queue/registry';

type Row = { id: bigint; queue: string; job: string; payload: unknown; jobId: string; priority: number; delayMs: number; attempts: number };

const ADD_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    p.then((v) => (clearTimeout(t), resolve(v)), (e) => (clearTimeout(t), reject(e)));
  });
}

// Relays one batch; returns how many rows were handed to the queues.
export async function relayOutboxBatch(limit = 200): Promise<{ relayed: number; failed: number }> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Row[]>`
        SELECT id, queue, job, payload, "jobId", priority, "delayMs", attempts
        FROM "Outbox"
        WHERE status = 'pending' AND "availableAt" <= now()
        ORDER BY id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { relayed: 0, failed: 0 };

      const byQueue = new Map<string, Row[]>();
      for (const r of rows) byQueue.set(r.queue, [...(byQueue.get(r.queue) ?? []), r]);

      const done: bigint[] = [];
      const failed: { row: Row; error: string }[] = [];
      for (const [queueName, batch] of byQueue) {
        try {
          const queue = await getQueue(queueName as QueueName);
          await withTimeout(
            queue.addBulk(
              batch.map((r) => ({
                name: r.job,
                data: r.payload,
                opts: { jobId: r.jobId, priority: r.priority, delay: r.delayMs || undefined },
              })),
            ),
            ADD_TIMEOUT_MS,
            `adding ${batch.length} job(s) to ${queueName}`,
          );
          done.push(...batch.map((r) => r.id));
        } catch (err) {
          for (const row of batch) failed.push({ row, error: (err as Error).message });
        }
      }

      if (done.length) {
        await tx.$executeRaw`UPDATE "Outbox" SET status = 'done', "relayedAt" = now() WHERE id = ANY(${done}::bigint[])`;
      }
      for (const { row, error } of failed) {
        // Back off up to a minute; the row stays pending until the queue is back.
        const delaySeconds = Math.min(60, 2 ** Math.min(row.attempts, 6));
        await tx.$executeRaw`
          UPDATE "Outbox" SET attempts = attempts + 1, "lastError" = ${error.slice(0, 500)},
            "availableAt" = now() + make_interval(secs => ${delaySeconds})
          WHERE id = ${row.id}`;
      }
      return { relayed: done.length, failed: failed.length };
    },
    { timeout: 15000, maxWait: 5000 },
  );
}

// Relays until the outbox has nothing due (or a batch fails).
export async function drainOutbox(): Promise<number> {
  let total = 0;
  for (;;) {
    const { relayed, failed } = await relayOutboxBatch();
    total += relayed;
    if (relayed === 0 || failed > 0) return total;
  }
}
