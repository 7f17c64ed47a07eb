// Starts the outbox relay and every queue worker in this process; the returned
// function stops them (in-flight jobs finish first).
import { resolveQueueBackend } from '@/lib/queue/backend';
import { closeQueues } from '@/lib/queue/get-queue';
import { log } from '@/lib/log';
import { startOutboxRelay } from './outbox-relay';
import { startMaintenanceWorker } from './maintenance';
import { startOutboundWorker } from './outbound';
import { startRoutingWorker } from './routing';
import { startSlaWorker } from './sla';
import { startTriageWorker } from './triage';
import { startEmailPoller } from './email-poller';

type Stop = () => Promise<void>;

export async function startWorkers(): Promise<Stop> {
  const backend = await resolveQueueBackend();
  const stops: Stop[] = [];
  stops.push(await startOutboxRelay());
  stops.push(await startMaintenanceWorker());
  stops.push(await startTriageWorker());
  stops.push(await startOutboundWorker());
  stops.push(await startRoutingWorker());
  stops.push(await startSlaWorker());
  stops.push(await startEmailPoller());
  log.info('workers started', { queueBackend: backend.kind });
  return async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => log.error('stop failed', { error: String(e) }));
    await closeQueues();
  };
}
