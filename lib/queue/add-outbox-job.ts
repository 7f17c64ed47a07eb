// Writes a job into the transactional outbox, inside the caller's transaction,
// so the job exists exactly when the rows it is about exist. The relay moves it
// onto the queue; the deterministic jobId makes a repeated relay a no-op.
import type { Prisma } from '@/lib/generated/prisma/client';
import { jobs, type JobName, type JobPayload } from '@/lib/queue/registry';

// Any transaction client (plain or workspace-scoped) that can write the outbox.
type Tx = { outbox: { create: (args: { data: Prisma.OutboxUncheckedCreateInput }) => PromiseLike<unknown> } };

export async function addOutboxJob<N extends JobName>(
  tx: Tx,
  name: N,
  payload: JobPayload<N> & { workspaceId: string },
  opts: { jobId: string; priority?: number; delayMs?: number },
): Promise<void> {
  const def = jobs[name];
  def.payload.parse(payload);
  await tx.outbox.create({
    data: {
      workspaceId: payload.workspaceId,
      queue: def.queue,
      job: name,
      payload: payload as Prisma.InputJsonValue,
      jobId: opts.jobId,
      priority: opts.priority ?? 3,
      delayMs: opts.delayMs ?? 0,
    },
  });
}
