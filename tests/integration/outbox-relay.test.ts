import { afterAll, describe, expect, it } from 'vitest';
import type { Job } from 'bullmq';
import { db, disconnectDb } from '@/lib/db';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { closeQueues, getQueue } from '@/lib/queue/get-queue';
import { createWorker } from '@/lib/queue/backend';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(async () => {
  await closeQueues();
  await disconnectDb();
});

describe('outbox relay', () => {
  it('moves a committed outbox row onto its queue once, and a worker receives it', async () => {
    const ws = await createTestWorkspace();
    const { message } = await createTestConversation(ws.workspace.id, ws.channel.id);
    await db.$transaction(async (tx) => {
      await addOutboxJob(tx, 'triage.message', { workspaceId: ws.workspace.id, messageId: message.id }, { jobId: `triage-${message.id}`, priority: 2 });
    });

    const seen: Job[] = [];
    const worker = await createWorker('triage', async (job) => {
      seen.push(job);
    });
    try {
      expect(await drainOutbox()).toBeGreaterThanOrEqual(1);
      // Relaying the same row again (a second relay, a crash before marking) adds no second job.
      const row = await db.outbox.findFirstOrThrow({ where: { jobId: `triage-${message.id}` } });
      expect(row.status).toBe('done');
      await db.outbox.update({ where: { id: row.id }, data: { status: 'pending' } });
      await drainOutbox();
      const deadline = Date.now() + 10_000;
      while (!seen.some((j) => j.id === `triage-${message.id}`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      const mine = seen.filter((j) => j.id === `triage-${message.id}`);
      expect(mine).toHaveLength(1);
      expect(mine[0].data).toEqual({ workspaceId: ws.workspace.id, messageId: message.id });
      expect(mine[0].opts.priority).toBe(2);
      const queue = await getQueue('triage');
      expect(await queue.getJob(`triage-${message.id}`)).toBeTruthy();
    } finally {
      await worker.close();
    }
  });
});
