// Routing end to end on real Postgres (and the real queue for the worker
// path): a tagged conversation is routed and assigned with history, timeline
// and notification; a SEV1 pages the senior on call; a night lead waits with
// a handoff that the morning rep accepts; the backlog moves when someone frees
// up; re-runs, concurrent duplicates and a worker killed mid-job never
// produce a second assignment. Use cases get a fixed `now`; the worker path
// runs on real time with a team whose agent has no shifts (always on).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { closeQueues } from '@/lib/queue/get-queue';
import { closeRelay } from '@/lib/live/get-relay';
import { routeConversation } from '@/lib/routing/apply-route';
import { acceptHandoff } from '@/lib/routing/accept-handoff';
import { listOpenHandoffs } from '@/lib/routing/list-open-handoffs';
import { assignBacklog } from '@/lib/routing/assign-backlog';
import { handOffConversation } from '@/lib/routing/hand-off-conversation';
import { setConversationStatus } from '@/lib/conversations/set-conversation-status';
import { assignConversation } from '@/lib/conversations/assign-conversation';
import { startRoutingWorker } from '@/workers/routing';
import { startTriageWorker } from '@/workers/triage';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import { callerFor, createRoutingWorkspace } from '../helpers/routing-workspace';

const MON_1000 = new Date('2026-06-15T09:00:00Z'); // Monday 10:00 London: Dana and Ioana on, Luis asleep in New York
const TUE_0214 = new Date('2026-06-16T01:14:00Z'); // Tuesday 02:14 London: nobody in Sales
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

describe('routing a tagged conversation', () => {
  it('assigns by round robin among the reps on shift, with history, timeline, notification and SLA', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    const result = await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    expect(result).toMatchObject({ outcome: 'assigned', teamId: w.teams.sales.id, assigneeId: w.people.dana.id });

    const c = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    expect([c.teamId, c.assigneeId]).toEqual([w.teams.sales.id, w.people.dana.id]);
    expect(c.firstResponseDueAt?.toISOString()).toBe('2026-06-15T10:00:00.000Z'); // SEV3: 60 min
    const history = await db.assignment.findMany({ where: { conversationId: c.id } });
    expect(history).toMatchObject([{ toId: w.people.dana.id, teamId: w.teams.sales.id, method: 'round_robin', reason: 'round robin, 1 of 12 open' }]);
    const events = await db.conversationEvent.findMany({ where: { conversationId: c.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.summary)).toEqual([
      'routed to Sales (rule: sales_lead → Sales)',
      'assigned to Dana Kim (round robin, 1 of 12 open)',
      'first response due 11:00 · resolution due Tue 10:00 (SEV3 · Normal (SEV3))',
    ]);
    const note = await db.notification.findFirstOrThrow({ where: { recipientId: w.people.dana.id } });
    expect(note).toMatchObject({ kind: 'assignment', conversationId: c.id });
    const member = await db.teamMember.findUniqueOrThrow({ where: { teamId_membershipId: { teamId: w.teams.sales.id, membershipId: w.people.dana.id } } });
    expect(member.lastAssignedAt?.toISOString()).toBe(MON_1000.toISOString());
    const timers = await db.outbox.findMany({ where: { workspaceId: w.workspaceId, job: 'sla.check' }, orderBy: { id: 'asc' } });
    expect(timers.map((t) => t.jobId)).toContain(`sla-${c.id}-first_response-breach-${Date.parse('2026-06-15T10:00:00Z')}`);

    // The next lead goes to the other rep on shift, the third back to Dana.
    const b = await w.conversation({ tags: ['sales_lead'], at: minutes(MON_1000, 1) });
    expect((await routeConversation(w.workspaceId, b.conversation.id, { now: minutes(MON_1000, 1) })).assigneeId).toBe(w.people.ioana.id);
    const d = await w.conversation({ tags: ['sales_lead'], at: minutes(MON_1000, 2) });
    const third = await routeConversation(w.workspaceId, d.conversation.id, { now: minutes(MON_1000, 2) });
    expect(third.assigneeId).toBe(w.people.dana.id);
    expect(third.reasons.at(-1)).toBe('round robin, 2 of 12 open');
  });

  it('needs a Romanian speaker for a Romanian message', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], language: 'ro', at: MON_1000 });
    const r = await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    expect(r.assigneeId).toBe(w.people.ioana.id);
    expect(r.reasons.at(-1)).toBe('round robin, speaks ro, 1 of 12 open');
  });

  it('sends a SEV1 to the senior on call at once, at night, with an escalation notification', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['incident'], severity: 1, at: TUE_0214, text: 'Checkout is down for everyone' });
    const r = await routeConversation(w.workspaceId, a.conversation.id, { now: TUE_0214 });
    expect(r).toMatchObject({ outcome: 'escalated', teamId: w.teams.incident.id, assigneeId: w.people.tomas.id });
    const history = await db.assignment.findFirstOrThrow({ where: { conversationId: a.conversation.id } });
    expect(history).toMatchObject({ method: 'escalation', reason: 'SEV1: senior on call (Incident on-call until 23:59 Lisbon)' });
    const notes = await db.notification.findMany({ where: { recipientId: w.people.tomas.id } });
    expect(notes).toMatchObject([{ kind: 'escalation', title: 'SEV1 escalated to you', conversationId: a.conversation.id }]);
    const c = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    expect(c.firstResponseDueAt?.toISOString()).toBe(minutes(TUE_0214, 15).toISOString());
  });
});

describe('overnight handoff', () => {
  it('parks a 2 am lead in the Sales queue with a handoff; the morning rep accepts it', async () => {
    const w = await createRoutingWorkspace();
    const lead = await w.conversation({ tags: ['sales_lead'], at: TUE_0214 });
    const r = await routeConversation(w.workspaceId, lead.conversation.id, { now: TUE_0214 });
    expect(r.outcome).toBe('handoff');
    const c = await db.conversation.findUniqueOrThrow({ where: { id: lead.conversation.id } });
    expect([c.teamId, c.assigneeId]).toEqual([w.teams.sales.id, null]);
    const handoff = await db.handoff.findFirstOrThrow({ where: { conversationId: c.id } });
    expect(handoff).toMatchObject({ toId: w.people.ioana.id, teamId: w.teams.sales.id, acceptedAt: null, note: 'Lead arrived 02:14 while Sales was off shift; Ioana starts 08:00 Bucharest' });
    const events = await db.conversationEvent.findMany({ where: { conversationId: c.id, kind: 'handoff' } });
    expect(events[0].summary).toBe('waiting in the Sales queue with a handoff to Ioana Petrescu: Lead arrived 02:14 while Sales was off shift; Ioana starts 08:00 Bucharest');
    expect(await db.notification.count({ where: { recipientId: w.people.ioana.id, kind: 'handoff' } })).toBe(1);

    // The manager sees it waiting; the backlog sweep leaves it for Ioana.
    const manager = await callerFor(w.workspaceId, w.people.marcus.id);
    const open = await listOpenHandoffs(manager, { now: minutes(TUE_0214, 60) });
    expect(open).toMatchObject([{ id: handoff.id, waitingMinutes: 60, to: { name: 'Ioana Petrescu', onShiftNow: false }, team: { name: 'Sales' }, conversation: { id: c.id } }]);
    const morning = new Date('2026-06-16T05:05:00Z'); // 08:05 Bucharest
    expect((await assignBacklog(w.workspaceId, { teamId: w.teams.sales.id, now: morning })).assigned).toBe(0);

    // Someone else cannot accept it; Ioana can, and then owns the conversation.
    await expect(acceptHandoff(await callerFor(w.workspaceId, w.people.dana.id), { handoffId: handoff.id }, morning)).rejects.toMatchObject({ status: 403 });
    const ioana = await callerFor(w.workspaceId, w.people.ioana.id);
    expect(await acceptHandoff(ioana, { handoffId: handoff.id }, morning)).toMatchObject({ assigneeId: w.people.ioana.id, changed: true });
    expect(await acceptHandoff(ioana, { handoffId: handoff.id }, morning)).toMatchObject({ changed: false });
    const after = await db.conversation.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.assigneeId).toBe(w.people.ioana.id);
    expect(await db.assignment.findFirst({ where: { conversationId: c.id, toId: w.people.ioana.id } })).toMatchObject({ method: 'handoff' });
    expect((await db.handoff.findUniqueOrThrow({ where: { id: handoff.id } })).acceptedById).toBe(w.people.ioana.id);
    expect(await listOpenHandoffs(manager)).toEqual([]);
    // A follow-up message does not bounce it.
    expect((await routeConversation(w.workspaceId, c.id, { now: minutes(morning, 5) })).outcome).toBe('already_assigned');
  });

  it('escalates a waiting conversation that turns SEV1, and the handoff is withdrawn', async () => {
    const w = await createRoutingWorkspace();
    const lead = await w.conversation({ tags: ['sales_lead'], at: TUE_0214 });
    expect((await routeConversation(w.workspaceId, lead.conversation.id, { now: TUE_0214 })).outcome).toBe('handoff');
    // A follow-up is triaged SEV1 (say, a payment taken twice for everyone).
    await db.conversation.update({ where: { id: lead.conversation.id }, data: { severity: 1 } });
    const r = await routeConversation(w.workspaceId, lead.conversation.id, { now: minutes(TUE_0214, 10) });
    expect(r).toMatchObject({ outcome: 'escalated', assigneeId: w.people.tomas.id, teamId: w.teams.incident.id });
    expect(await db.handoff.findFirstOrThrow({ where: { conversationId: lead.conversation.id } })).toMatchObject({ cancelledAt: minutes(TUE_0214, 10), acceptedAt: null });
    expect(await listOpenHandoffs(await callerFor(w.workspaceId, w.people.marcus.id))).toEqual([]);
    // Escalation happens once: a later follow-up does not page again.
    expect((await routeConversation(w.workspaceId, lead.conversation.id, { now: minutes(TUE_0214, 20) })).outcome).toBe('already_assigned');
    expect(await db.notification.count({ where: { recipientId: w.people.tomas.id, kind: 'escalation' } })).toBe(1);
  });

  it('lets overnight staff hand a conversation off by hand; unaccepted handoffs stay visible', async () => {
    const w = await createRoutingWorkspace();
    const lead = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    await routeConversation(w.workspaceId, lead.conversation.id, { now: MON_1000 }); // → Dana
    const dana = await callerFor(w.workspaceId, w.people.dana.id);
    const evening = new Date('2026-06-15T15:20:00Z'); // 16:20 London, Dana leaves at 16:30
    await expect(handOffConversation(dana, { conversationId: lead.conversation.id, note: '' }, evening)).rejects.toThrow();
    const h = await handOffConversation(dana, { conversationId: lead.conversation.id, note: '300 jackets, wants a quote by Friday' }, evening);
    // Ioana has left (18:20 Bucharest) and Luis is on in New York now.
    expect(h).toMatchObject({ fromId: w.people.dana.id, toId: w.people.luis.id, teamId: w.teams.sales.id });
    const c = await db.conversation.findUniqueOrThrow({ where: { id: lead.conversation.id } });
    expect(c.assigneeId).toBeNull();
    expect(await db.notification.findFirst({ where: { recipientId: w.people.luis.id, kind: 'handoff' } })).toMatchObject({ body: '300 jackets, wants a quote by Friday' });
    const open = await listOpenHandoffs(await callerFor(w.workspaceId, w.people.marcus.id), { now: minutes(evening, 30) });
    expect(open).toMatchObject([{ from: { name: 'Dana Kim' }, to: { name: 'Luis Ortega', onShiftNow: true }, note: '300 jackets, wants a quote by Friday' }]);
  });
});

describe('backlog', () => {
  it('assigns the waiting queue most urgent first when someone frees up (resolve or unassign)', async () => {
    const w = await createRoutingWorkspace();
    await db.teamMember.updateMany({ where: { teamId: w.teams.sales.id }, data: { capacity: 1 } });
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    const b = await w.conversation({ tags: ['sales_lead'], at: minutes(MON_1000, 1) });
    expect((await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 })).assigneeId).toBe(w.people.dana.id);
    expect((await routeConversation(w.workspaceId, b.conversation.id, { now: minutes(MON_1000, 1) })).assigneeId).toBe(w.people.ioana.id);
    // Two more wait: the older one is less urgent.
    const old = await w.conversation({ tags: ['sales_lead'], at: minutes(MON_1000, 2), severity: 3 });
    const urgent = await w.conversation({ tags: ['sales_lead'], at: minutes(MON_1000, 3), severity: 2 });
    const queued = await routeConversation(w.workspaceId, old.conversation.id, { now: minutes(MON_1000, 2) });
    expect(queued).toMatchObject({ outcome: 'queued', assigneeId: null });
    expect(queued.reasons.at(-1)).toBe('everyone on shift in Sales is at capacity');
    await routeConversation(w.workspaceId, urgent.conversation.id, { now: minutes(MON_1000, 3) });

    // Dana resolves hers: the hook asks for a backlog run through the outbox.
    const dana = await callerFor(w.workspaceId, w.people.dana.id);
    await setConversationStatus(dana, { conversationId: a.conversation.id, status: 'resolved' }, minutes(MON_1000, 10));
    const job = await db.outbox.findFirstOrThrow({ where: { workspaceId: w.workspaceId, job: 'routing.backlog' } });
    expect(job.payload).toEqual({ workspaceId: w.workspaceId, teamId: w.teams.sales.id });
    const run = await assignBacklog(w.workspaceId, { teamId: w.teams.sales.id, now: minutes(MON_1000, 10) });
    expect(run.assignments).toMatchObject([{ conversationId: urgent.conversation.id, assigneeId: w.people.dana.id }]);
    expect(await db.assignment.findFirst({ where: { conversationId: urgent.conversation.id, toId: w.people.dana.id } })).toMatchObject({ method: 'backlog' });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: old.conversation.id } })).assigneeId).toBeNull();

    // Ioana gives hers back to the queue: another backlog job.
    const ioana = await callerFor(w.workspaceId, w.people.ioana.id);
    await assignConversation(ioana, { conversationId: b.conversation.id, assigneeId: null }, minutes(MON_1000, 12));
    expect(await db.outbox.count({ where: { workspaceId: w.workspaceId, job: 'routing.backlog' } })).toBe(2);
    const second = await assignBacklog(w.workspaceId, { teamId: w.teams.sales.id, now: minutes(MON_1000, 12) });
    // b is as urgent as `old` and older, so it goes first, to Ioana, the only one with room.
    expect(second.assignments).toMatchObject([{ conversationId: b.conversation.id, assigneeId: w.people.ioana.id }]);
    expect(await assignBacklog(w.workspaceId, { teamId: w.teams.sales.id, now: minutes(MON_1000, 13) })).toMatchObject({ assigned: 0 });
  });
});

describe('idempotency', () => {
  it('re-running or racing the same routing gives one assignment and one set of events', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    const runs = await Promise.all([1, 2, 3].map(() => routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 })));
    expect(runs.map((r) => r.outcome).sort()).toEqual(['already_assigned', 'already_assigned', 'assigned']);
    await routeConversation(w.workspaceId, a.conversation.id, { now: minutes(MON_1000, 1) });
    expect(await db.assignment.count({ where: { conversationId: a.conversation.id } })).toBe(1);
    expect(await db.conversationEvent.count({ where: { conversationId: a.conversation.id } })).toBe(3);
    expect(await db.notification.count({ where: { conversationId: a.conversation.id } })).toBe(1);
    expect(await db.outbox.count({ where: { job: 'sla.check', payload: { path: ['conversationId'], equals: a.conversation.id } } })).toBe(4);
  });

  it('a worker killed mid-job leaves nothing behind, and the re-delivered job assigns once', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    const root = path.resolve(import.meta.dirname, '../..');
    // Hold the sales members' rows so the child blocks inside its transaction, after writing the assignment.
    let childPid = 0;
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "TeamMember" WHERE "teamId" = ${w.teams.sales.id} FOR UPDATE`;
      const child = spawn(
        process.execPath,
        ['--disable-warning=ExperimentalWarning', '--import', 'tsx', '--input-type=module', '-e', `import { routeConversation } from './lib/routing/apply-route.ts'; await routeConversation(${JSON.stringify(w.workspaceId)}, ${JSON.stringify(a.conversation.id)}, { now: new Date(${MON_1000.getTime()}) });`],
        { cwd: root, env: process.env, stdio: 'ignore' },
      );
      // Wait until the child has written its uncommitted assignment and is stuck on our lock.
      childPid = await until(async () => {
        const rows = await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%TeamMember%' AND pid <> pg_backend_pid()`;
        return rows[0]?.pid;
      }, 20_000);
      expect(await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE pid = ${childPid} AND locktype = 'transactionid' AND granted`).toEqual([{ n: 1n }]);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }, { timeout: 40_000, maxWait: 5000 });
    // Our lock is released; the dead worker's connection is gone and Postgres rolls its transaction back.
    await until(async () => {
      const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE pid = ${childPid}`;
      return Number(rows[0].n) === 0;
    });
    expect(await db.assignment.count({ where: { conversationId: a.conversation.id } })).toBe(0);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } })).assigneeId).toBeNull();

    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    expect(await db.assignment.count({ where: { conversationId: a.conversation.id } })).toBe(1);
  }, 60_000);

  it('the routing worker takes the job from the outbox; a re-delivered job changes nothing', async () => {
    const w = await createRoutingWorkspace();
    // Support's agent has no shifts: on at any real time.
    const now = new Date();
    const a = await w.conversation({ tags: ['technical_issue'], at: now, text: 'The app crashes when I open my orders' });
    const stop = await startRoutingWorker();
    try {
      const enqueue = (jobId: string) =>
        db.$transaction((tx) => addOutboxJob(tx, 'routing.conversation', { workspaceId: w.workspaceId, conversationId: a.conversation.id, reason: 'triaged' }, { jobId }));
      await enqueue(`route-${a.message.id}`);
      await drainOutbox();
      const c = await until(() => db.conversation.findFirst({ where: { id: a.conversation.id, assigneeId: { not: null } } }));
      expect([c.teamId, c.assigneeId]).toEqual([w.teams.support.id, w.people.agent.id]);
      await enqueue(`route-${a.message.id}-redelivered`);
      await drainOutbox();
      const { getQueue } = await import('@/lib/queue/get-queue');
      const queue = await getQueue('routing');
      await until(async () => (await queue.getJob(`route-${a.message.id}-redelivered`))?.finishedOn);
      expect(await db.assignment.count({ where: { conversationId: a.conversation.id } })).toBe(1);
      expect(await db.notification.count({ where: { conversationId: a.conversation.id, kind: 'assignment' } })).toBe(1);
    } finally {
      await stop();
    }
  });

  it('the whole chain: ingest → triage worker → routing worker (job id route-<messageId>) → assigned', async () => {
    const w = await createRoutingWorkspace();
    const stops = [await startTriageWorker(), await startRoutingWorker()];
    try {
      const { messageId, conversationId } = await ingestInboundMessage(w.channel, {
        providerMessageId: `chain-${Date.now()}`,
        sentAt: new Date(),
        contact: { externalId: 'chain-customer', name: 'Nora Field' },
        text: 'The app crashes every time I open my orders page since the last update. Error 500. Please fix it.',
        attachments: [],
        inReplyTo: [],
        isAutoReply: false,
        meta: {},
      } as never);
      const c = await until(async () => {
        await drainOutbox();
        return db.conversation.findFirst({ where: { id: conversationId, teamId: { not: null } }, include: { tagApplications: { include: { tag: true } } } });
      }, 25_000);
      const { getQueue } = await import('@/lib/queue/get-queue');
      expect(await (await getQueue('routing')).getJob(`route-${messageId}`)).toBeTruthy();
      // Support's agent has no shifts, so at any real time it is theirs.
      expect(c.tagApplications.map((t) => t.tag.key)).toContain('technical_issue');
      expect([c.teamId, c.assigneeId]).toEqual([w.teams.support.id, w.people.agent.id]);
      const kinds = (await db.conversationEvent.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' } })).map((e) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['routing', 'assignment', 'sla']));
    } finally {
      for (const stop of stops) await stop();
    }
  }, 40_000);
});
