// Starts a BullMQ worker for one queue that dispatches by job name, parsing
// each payload with its registry schema first. A payload that fails to parse
// is a bug, not a transient error: the job fails at once without retries.
import { UnrecoverableError, type Job } from 'bullmq';
import { createWorker } from '@/lib/queue/backend';
import { jobs, type JobName, type JobPayload, type QueueName } from '@/lib/queue/registry';
import { log } from '@/lib/log';

export type JobHandlers = { [N in JobName]?: (payload: JobPayload<N>, job: Job) => Promise<unknown> };

export async function startQueueWorker(queue: QueueName, handlers: JobHandlers, opts: { concurrency?: number } = {}) {
  const worker = await createWorker(
    queue,
    async (job: Job) => {
      const name = job.name as JobName;
      const handler = handlers[name] as ((p: unknown, j: Job) => Promise<unknown>) | undefined;
      if (!handler || jobs[name]?.queue !== queue) throw new UnrecoverableError(`No handler for job ${job.name} on ${queue}`);
      const parsed = jobs[name].payload.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`Bad payload for ${job.name}: ${parsed.error.message}`);
      return handler(parsed.data, job);
    },
    { concurrency: opts.concurrency ?? 4 },
  );
  worker.on('failed', (job, err) => log.warn('job failed', { queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, error: err.message }));
  worker.on('error', (err) => log.error('worker error', { queue, error: err.message }));
  return async () => {
    await worker.close();
  };
}
