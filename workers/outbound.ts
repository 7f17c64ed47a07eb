// Sends agent replies through their channels (lib/outbound).
import { startQueueWorker } from '@/lib/queue/start-queue-worker';
import { deliverOutboundMessage } from '@/lib/outbound/deliver-outbound-message';

export function startOutboundWorker() {
  return startQueueWorker(
    'outbound',
    {
      'outbound.send': async ({ workspaceId, messageId }, job) => {
        const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        return { outcome: await deliverOutboundMessage(workspaceId, messageId, { finalAttempt }) };
      },
    },
    { concurrency: 8 },
  );
}
