// Every queue and job in one file: names, payload schemas and default options.
// Workers parse the payload with its schema before the handler runs; producers
// write jobs through the outbox (lib/queue/add-outbox-job.ts), never directly
// from a web request.
import { z } from 'zod';
import type { JobsOptions } from 'bullmq';

const id = z.string().min(1).max(64);

export const jobs = {
  'triage.message': {
    queue: 'triage',
    payload: z.object({ workspaceId: id, messageId: id }),
  },
  'routing.conversation': {
    queue: 'routing',
    payload: z.object({ workspaceId: id, conversationId: id, reason: z.string().optional() }),
  },
  'sla.check': {
    queue: 'sla',
    payload: z.object({
      workspaceId: id,
      conversationId: id,
      kind: z.enum(['warning', 'breach']),
      dueAt: z.string(),
      // Which deadline (lib/sla/compute-sla-due.ts); inferred from dueAt when absent.
      target: z.enum(['first_response', 'next_response', 'resolution']).optional(),
    }),
  },
  // Assign a team's waiting backlog (an agent freed up); every team with a backlog when teamId is absent.
  'routing.backlog': {
    queue: 'routing',
    payload: z.object({ workspaceId: id, teamId: id.optional() }),
  },
  // Every minute (a job scheduler): priority refresh, shift-start digests, backlog assignment.
  'sla.tick': {
    queue: 'sla',
    payload: z.object({}).passthrough(),
  },
  'outbound.send': {
    queue: 'outbound',
    payload: z.object({ workspaceId: id, messageId: id }),
  },
  'maintenance.tick': {
    queue: 'maintenance',
    payload: z.object({}).passthrough(),
  },
  // One IMAP poll of one email channel (workers/email-poller.ts; a job scheduler per channel).
  'email.poll': {
    queue: 'email',
    payload: z.object({ workspaceId: id, channelId: id }),
  },
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.infer<(typeof jobs)[N]['payload']>;
export type QueueName = (typeof jobs)[JobName]['queue'];

export const queueNames: QueueName[] = [...new Set(Object.values(jobs).map((j) => j.queue))] as QueueName[];

// BullMQ priorities: 1 is the most urgent. Severity 1..4 maps straight onto it.
export function jobPriorityForSeverity(severity: number | null | undefined): number {
  return Math.min(4, Math.max(1, severity ?? 3));
}

export const defaultJobOptions: Record<QueueName, JobsOptions> = {
  triage: { attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: { count: 5000, age: 86400 }, removeOnFail: { age: 7 * 86400 } },
  routing: { attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: { count: 5000, age: 86400 }, removeOnFail: { age: 7 * 86400 } },
  sla: { attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { count: 5000, age: 86400 }, removeOnFail: { age: 7 * 86400 } },
  outbound: { attempts: 8, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: { count: 5000, age: 86400 }, removeOnFail: { age: 30 * 86400 } },
  maintenance: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
  // A failed poll is not retried: the next tick (every minute) polls again.
  email: { attempts: 1, removeOnComplete: { count: 1000, age: 3600 }, removeOnFail: { count: 1000, age: 86400 } },
};

export function parsePayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return jobs[name].payload.parse(data) as JobPayload<N>;
}
