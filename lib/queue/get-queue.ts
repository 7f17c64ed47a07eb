// One Queue object per queue name and process, created on first use.
import type { Queue } from 'bullmq';
import { createQueue } from '@/lib/queue/backend';
import { defaultJobOptions, type QueueName } from '@/lib/queue/registry';

const queues = new Map<QueueName, Promise<Queue>>();

export function getQueue(name: QueueName): Promise<Queue> {
  let q = queues.get(name);
  if (!q) {
    q = createQueue(name, defaultJobOptions[name]);
    queues.set(name, q);
  }
  return q;
}

export async function closeQueues(): Promise<void> {
  const all = [...queues.values()];
  queues.clear();
  await Promise.all(all.map(async (q) => (await q).close().catch(() => {})));
}
