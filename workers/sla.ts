// SLA timers (`sla.check` delayed jobs) and the every-minute tick on a BullMQ
// job scheduler (one schedule however many worker processes run): priority
// refresh, shift-start digests and backlog assignment for teams whose people
// came on shift.
import { getQueue } from '@/lib/queue/get-queue';
import { startQueueWorker } from '@/lib/queue/start-queue-worker';
import { checkSla } from '@/lib/sla/check-sla';
import { refreshPriorities } from '@/lib/sla/refresh-priorities';
import { sendShiftDigests } from '@/lib/routing/send-shift-digests';
import { assignWaitingBacklogs } from '@/lib/routing/assign-backlog';
import { log } from '@/lib/log';
import { publishConversationUpdated, publishNotificationCreated } from '@/lib/live/publish-conversation-event';

export async function startSlaWorker() {
  const queue = await getQueue('sla');
  await queue.upsertJobScheduler('sla-every-minute', { every: 60_000 }, { name: 'sla.tick', data: {}, opts: { priority: 4 } });
  return startQueueWorker(
    'sla',
    {
      'sla.check': async (payload) => {
        const result = await checkSla(payload);
        if (result.outcome === 'alerted') {
          await publishConversationUpdated(payload.workspaceId, payload.conversationId, ['sla']);
          await publishNotificationCreated(payload.workspaceId, result.recipients ?? [], payload.kind === 'breach' ? 'sla_breach' : 'sla_warning');
        }
        return result;
      },
      'sla.tick': async () => {
        const now = new Date();
        const started = Date.now();
        const priorities = await refreshPriorities(now);
        const digests = await sendShiftDigests(now);
        const backlog = await assignWaitingBacklogs(now);
        for (const d of digests.sentTo) void publishNotificationCreated(d.workspaceId, [d.membershipId], 'digest');
        const ms = Date.now() - started;
        if (digests.sent || backlog.assigned || ms > 5000) log.info('sla tick', { ...priorities, digests: digests.sent, assigned: backlog.assigned, ms });
        return { priorities, digests: digests.sent, backlog, ms };
      },
    },
    { concurrency: 4 },
  );
}
