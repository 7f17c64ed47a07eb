// Tags, scores and prioritises every inbound message (lib/triage), then hands
// the conversation to routing through the outbox.
//
// Tuning by environment: TRIAGE_CONCURRENCY (default 8 jobs at once; each is
// mostly waiting on Postgres). TRIAGE_LOCK_MS / TRIAGE_STALLED_MS shorten how
// long a dead worker's job stays locked before it is re-delivered (tests).
import { UnrecoverableError, type Job } from 'bullmq';
import { createWorker } from '@/lib/queue/backend';
import { parsePayload } from '@/lib/queue/registry';
import { log } from '@/lib/log';
import { runTriage } from '@/lib/triage/run-triage';

const num = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);

export async function startTriageWorker(): Promise<() => Promise<void>> {
  const worker = await createWorker(
    'triage',
    async (job: Job) => {
      if (job.name !== 'triage.message') throw new UnrecoverableError(`No handler for job ${job.name} on triage`);
      let payload;
      try {
        payload = parsePayload('triage.message', job.data);
      } catch (err) {
        throw new UnrecoverableError(`Bad payload for ${job.name}: ${(err as Error).message}`);
      }
      const out = await runTriage(payload.workspaceId, payload.messageId);
      if (out.status !== 'applied') return { status: out.status, reason: out.reason, crisis: out.crisis?.action ?? null };
      const { loadMs, classifyMs, applyMs, crisisMs } = out;
      return { status: out.status, path: out.path, severity: out.severity, tags: out.plan.addTags.map((t) => t.key), crisis: out.crisis?.action ?? null, loadMs, classifyMs, applyMs, crisisMs };
    },
    {
      concurrency: num('TRIAGE_CONCURRENCY') ?? 8,
      ...(num('TRIAGE_LOCK_MS') ? { lockDuration: num('TRIAGE_LOCK_MS') } : {}),
      ...(num('TRIAGE_STALLED_MS') ? { stalledInterval: num('TRIAGE_STALLED_MS') } : {}),
    },
  );
  worker.on('failed', (job, err) => log.warn('job failed', { queue: 'triage', job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, error: err.message }));
  worker.on('error', (err) => log.error('worker error', { queue: 'triage', error: err.message }));
  return async () => {
    await worker.close();
  };
}
