// SLA timers on real Postgres and the real queue: due times from the policy,
// warning and breach alerts to the assignee and the manager, stale timers
// after an answer or a reschedule, storm control, the worker path, and the
// periodic priority refresh.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { closeQueues } from '@/lib/queue/get-queue';
import { closeRelay } from '@/lib/live/get-relay';
import { routeConversation } from '@/lib/routing/apply-route';
import { applySla } from '@/lib/sla/apply-sla';
import { checkSla } from '@/lib/sla/check-sla';
import { refreshPriorities } from '@/lib/sla/refresh-priorities';
import { sendReply } from '@/lib/conversations/send-reply';
import { scopedDb } from '@/lib/tenancy';
import { startSlaWorker } from '@/workers/sla';
import { callerFor, createRoutingWorkspace } from '../helpers/routing-workspace';

const MON_1000 = new Date('2026-06-15T09:00:00Z');
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

afterAll(async () => {
  await closeRelay();
  await closeQueues();
  await disconnectDb();
});

async function until<T>(fn: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const timersOf = (conversationId: string) => db.outbox.findMany({ where: { job: 'sla.check', payload: { path: ['conversationId'], equals: conversationId } }, orderBy: { id: 'asc' } });

describe('SLA timers', () => {
  it('sets due times from the policy and schedules a warning and a breach per running target', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    const c = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    expect(c.firstResponseDueAt?.toISOString()).toBe('2026-06-15T10:00:00.000Z');
    expect(c.nextResponseDueAt).toBeNull();
    expect(c.resolutionDueAt?.toISOString()).toBe('2026-06-16T09:00:00.000Z');
    const timers = await timersOf(c.id);
    expect(timers.map((t) => [(t.payload as { target: string }).target, (t.payload as { kind: string }).kind, t.delayMs])).toEqual([
      ['first_response', 'warning', 48 * 60_000],
      ['first_response', 'breach', 60 * 60_000],
      ['resolution', 'warning', (24 * 60 - 15) * 60_000],
      ['resolution', 'breach', 24 * 60 * 60_000],
    ]);
    // Priority now knows the deadline.
    expect(c.priority).toBeGreaterThan(0);
  });

  it('warns and then alerts the assignee and the team manager, once each', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000, contactName: 'Ana Costa' });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 }); // → Dana
    const dueAt = '2026-06-15T10:00:00.000Z';
    const base = { workspaceId: w.workspaceId, conversationId: a.conversation.id, dueAt, target: 'first_response' as const };

    expect(await checkSla({ ...base, kind: 'warning' }, minutes(MON_1000, 48))).toMatchObject({ outcome: 'alerted', recipients: expect.arrayContaining([w.people.dana.id, w.people.marcus.id]) });
    const warned = await db.notification.findMany({ where: { conversationId: a.conversation.id, kind: 'sla_warning' }, orderBy: { recipientId: 'asc' } });
    expect(warned.map((n) => [n.recipientId, n.title]).sort()).toEqual(
      [
        [w.people.dana.id, 'First response due in 12 min'],
        [w.people.marcus.id, 'First response due in 12 min in your team'],
      ].sort(),
    );
    expect(await checkSla({ ...base, kind: 'breach' }, minutes(MON_1000, 59))).toMatchObject({ outcome: 'early' });
    expect(await checkSla({ ...base, kind: 'breach' }, minutes(MON_1000, 60))).toMatchObject({ outcome: 'alerted' });
    expect(await checkSla({ ...base, kind: 'breach' }, minutes(MON_1000, 61))).toMatchObject({ outcome: 'duplicate' });
    const c = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    expect(c.slaWarnedAt?.toISOString()).toBe(minutes(MON_1000, 48).toISOString());
    expect(c.slaBreachedAt?.toISOString()).toBe(minutes(MON_1000, 60).toISOString());
    expect(await db.notification.count({ where: { conversationId: a.conversation.id, kind: 'sla_breach' } })).toBe(2);
    const events = await db.conversationEvent.findMany({ where: { conversationId: c.id, kind: 'sla' }, orderBy: { createdAt: 'asc' } });
    expect(events.slice(1).map((e) => e.summary)).toEqual(['first response due in 12 min (11:00)', 'first response SLA breached (was due 11:00)']);
    expect(await db.slaAlert.count({ where: { conversationId: c.id } })).toBe(2);
  });

  it('makes the timer a no-op once the customer was answered in time', async () => {
    const w = await createRoutingWorkspace();
    // Support's agent has no shifts, so real time always finds them on.
    const a = await w.conversation({ tags: ['technical_issue'], at: new Date(Date.now() - 5 * 60_000) });
    await routeConversation(w.workspaceId, a.conversation.id);
    const c0 = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    await sendReply({ ...(await callerFor(w.workspaceId, c0.assigneeId!)) }, { conversationId: c0.id, text: 'Happy to help, how many jackets?' });
    const dueAt = c0.firstResponseDueAt!.toISOString();
    const late = new Date(c0.firstResponseDueAt!.getTime() + 1000);
    expect(await checkSla({ workspaceId: w.workspaceId, conversationId: c0.id, kind: 'breach', dueAt, target: 'first_response' }, late)).toEqual({ outcome: 'stale' });
    expect(await db.notification.count({ where: { conversationId: c0.id, kind: { in: ['sla_warning', 'sla_breach'] } } })).toBe(0);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: c0.id } })).slaBreachedAt).toBeNull();
  });

  it('reschedules when the severity changes; the old timers find a different due time', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    await db.conversation.update({ where: { id: a.conversation.id }, data: { severity: 2 } });
    await scopedDb(w.workspaceId).$transaction((tx) => applySla(tx, w.workspaceId, a.conversation.id, minutes(MON_1000, 5)));
    // SEV2 has the same 60-minute first response but a longer resolution: only resolution moves.
    const c = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    expect(c.resolutionDueAt?.toISOString()).toBe('2026-06-16T09:00:00.000Z');
    await db.slaPolicy.updateMany({ where: { workspaceId: w.workspaceId, severity: 2 }, data: { firstResponseMinutes: 30 } });
    await scopedDb(w.workspaceId).$transaction((tx) => applySla(tx, w.workspaceId, a.conversation.id, minutes(MON_1000, 6)));
    const moved = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    expect(moved.firstResponseDueAt?.toISOString()).toBe('2026-06-15T09:30:00.000Z');
    expect((await timersOf(a.conversation.id)).map((t) => t.jobId)).toContain(`sla-${a.conversation.id}-first_response-breach-${Date.parse('2026-06-15T09:30:00Z')}`);
    const old = { workspaceId: w.workspaceId, conversationId: a.conversation.id, kind: 'breach' as const, dueAt: '2026-06-15T10:00:00.000Z', target: 'first_response' as const };
    expect(await checkSla(old, minutes(MON_1000, 61))).toEqual({ outcome: 'stale' });
  });

  it('collapses five breaches for one agent within a minute into one notification, and tells the manager once too', async () => {
    const w = await createRoutingWorkspace();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000, contactName: `Customer ${i}` });
      await db.conversation.update({ where: { id: a.conversation.id }, data: { teamId: w.teams.sales.id, assigneeId: w.people.dana.id } });
      await scopedDb(w.workspaceId).$transaction((tx) => applySla(tx, w.workspaceId, a.conversation.id, MON_1000));
      ids.push(a.conversation.id);
    }
    for (const [i, id] of ids.entries()) {
      const r = await checkSla({ workspaceId: w.workspaceId, conversationId: id, kind: 'breach', dueAt: '2026-06-15T10:00:00.000Z', target: 'first_response' }, new Date(Date.parse('2026-06-15T10:00:00Z') + i * 10_000));
      expect(r.outcome).toBe('alerted');
    }
    const dana = await db.notification.findMany({ where: { recipientId: w.people.dana.id, kind: 'sla_breach' } });
    expect(dana).toHaveLength(1);
    expect(dana[0]).toMatchObject({ title: '5 conversations breached their first response', conversationId: null });
    expect(dana[0].body.split('\n')).toHaveLength(5);
    expect((dana[0].data as { items: unknown[] }).items).toHaveLength(5);
    const manager = await db.notification.findMany({ where: { recipientId: w.people.marcus.id, kind: 'sla_breach' } });
    expect(manager).toHaveLength(1);
    expect(manager[0].title).toBe('5 conversations breached their first response');
    // Every conversation still records its own breach.
    expect(await db.conversation.count({ where: { id: { in: ids }, slaBreachedAt: { not: null } } })).toBe(5);
    // After the cooldown, a new breach is a new notification.
    const later = await w.conversation({ tags: ['sales_lead'], at: minutes(MON_1000, 30), contactName: 'Later' });
    await db.conversation.update({ where: { id: later.conversation.id }, data: { teamId: w.teams.sales.id, assigneeId: w.people.dana.id } });
    await scopedDb(w.workspaceId).$transaction((tx) => applySla(tx, w.workspaceId, later.conversation.id, minutes(MON_1000, 30)));
    await checkSla({ workspaceId: w.workspaceId, conversationId: later.conversation.id, kind: 'breach', dueAt: '2026-06-15T10:30:00.000Z' }, minutes(MON_1000, 90));
    expect(await db.notification.count({ where: { recipientId: w.people.dana.id, kind: 'sla_breach' } })).toBe(2);
  });

  it('fires the breach through the SLA worker from the outbox', async () => {
    const w = await createRoutingWorkspace();
    // A SEV1 that arrived 20 minutes ago: its 15-minute first response is already due.
    const a = await w.conversation({ tags: ['incident'], severity: 1, at: new Date(Date.now() - 20 * 60_000) });
    await routeConversation(w.workspaceId, a.conversation.id);
    const stop = await startSlaWorker();
    try {
      await drainOutbox();
      const c = await until(() => db.conversation.findFirst({ where: { id: a.conversation.id, slaBreachedAt: { not: null } } }));
      expect(c.slaBreachedAt).not.toBeNull();
      const note = await until(() => db.notification.findFirst({ where: { conversationId: a.conversation.id, kind: 'sla_breach' } }));
      expect(note.title).toMatch(/^First response SLA breached/);
    } finally {
      await stop();
    }
  });
});

describe('refreshPriorities', () => {
  it('re-scores waiting conversations as time passes, in bounded partitions', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    const before = (await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } })).priority;
    // Nine hours later, waiting has aged it a severity band and the SLA is breached.
    const later = minutes(MON_1000, 9 * 60);
    // Each tick (minute) takes one partition of about maxRows; within `partitions` ticks every row is seen.
    const first = await refreshPriorities(later, { maxRows: 3 });
    expect(first.partitions).toBeGreaterThan(1);
    for (let i = 0; i < first.partitions; i++) {
      const r = await refreshPriorities(minutes(later, i), { maxRows: 3 });
      expect(r.partition).toBe((first.partition + i) % first.partitions);
    }
    const after = (await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } })).priority;
    expect(after).toBeGreaterThan(before);
    expect(Math.floor(after / 100_000_000)).toBe(Math.floor(before / 100_000_000) + 1);
  });

  it('skips a conversation another job holds instead of waiting for it (no deadlock with routing), and scores it once free', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    const before = (await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } })).priority;
    const later = minutes(MON_1000, 9 * 60);
    // Another job (as routing does) holds the row lock in an open transaction.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM "Conversation" WHERE id = $1 FOR UPDATE', [a.conversation.id]);
      // One partition holding every row: returns at once (a wait would time the test out) and leaves the held row alone.
      await refreshPriorities(later, { maxRows: 1_000_000 });
      expect((await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } })).priority).toBe(before);
      await holder.query('COMMIT');
    } finally {
      await holder.end();
    }
    await refreshPriorities(later, { maxRows: 1_000_000 });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } })).priority).toBeGreaterThan(before);
  }, 15_000);
});
