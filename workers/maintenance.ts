// Periodic housekeeping on a BullMQ job scheduler (one schedule however many
// worker processes run): wake snoozed conversations, forget delivery receipts
// that never found their message.
import { getQueue } from '@/lib/queue/get-queue';
import { startQueueWorker } from '@/lib/queue/start-queue-worker';
import { wakeSnoozedConversations } from '@/lib/conversations/wake-snoozed-conversations';
import { log } from '@/lib/log';
import { purgePendingStatuses } from '@/lib/ingest/apply-delivery-status';

export async function startMaintenanceWorker() {
  const queue = await getQueue('maintenance');
  await queue.upsertJobScheduler('maintenance-every-minute', { every: 60_000 }, { name: 'maintenance.tick', data: {}, opts: { priority: 4 } });
  return startQueueWorker(
    'maintenance',
    {
      'maintenance.tick': async () => {
        const woken = await wakeSnoozedConversations();
        if (woken) log.info('woke snoozed conversations', { count: woken });
        const purged = await purgePendingStatuses();
        return { woken, purged };
      },
    },
    { concurrency: 1 },
  );
}
