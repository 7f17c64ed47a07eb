// Shift-start digests: once per person per shift start, with handoffs waiting
// for them, new leads since their last shift and conversations near their SLA.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { routeConversation } from '@/lib/routing/apply-route';
import { sendShiftDigests } from '@/lib/routing/send-shift-digests';
import { buildShiftDigest } from '@/lib/routing/build-shift-digest';
import { createRoutingWorkspace } from '../helpers/routing-workspace';

afterAll(async () => {
  await disconnectDb();
});

const TUE_0214 = new Date('2026-06-16T01:14:00Z');
const IOANA_START = new Date('2026-06-16T05:00:00Z'); // 08:00 Bucharest
const DANA_START = new Date('2026-06-16T07:00:00Z'); // 08:00 London
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

describe('shift digests', () => {
  it('greets the morning rep with the night’s handoffs and leads, once per shift start', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: TUE_0214, contactName: 'Ana Costa', text: 'Quote for 300 team jackets?' });
    const b = await w.conversation({ tags: ['sales_lead'], at: minutes(TUE_0214, 40), contactName: 'Ben Ode', text: 'Wholesale prices for our shop' });
    await routeConversation(w.workspaceId, a.conversation.id, { now: TUE_0214 });
    await routeConversation(w.workspaceId, b.conversation.id, { now: minutes(TUE_0214, 40) });
    expect(await db.handoff.count({ where: { toId: w.people.ioana.id } })).toBe(2);

    // Before anyone starts: nothing.
    expect((await sendShiftDigests(minutes(IOANA_START, -1), { workspaceId: w.workspaceId })).sent).toBe(0);
    expect((await sendShiftDigests(minutes(IOANA_START, 2), { workspaceId: w.workspaceId })).sent).toBe(1);
    // Later ticks within the same start (and another worker's tick) send nothing more.
    expect((await sendShiftDigests(minutes(IOANA_START, 3), { workspaceId: w.workspaceId })).sent).toBe(0);
    const digests = await db.notification.findMany({ where: { workspaceId: w.workspaceId, kind: 'digest' } });
    expect(digests).toHaveLength(1);
    const d = digests[0];
    expect(d.recipientId).toBe(w.people.ioana.id);
    expect(d.title).toBe('Start of shift: 2 handoffs, 2 new leads, 2 conversations near their SLA');
    expect(d.body).toContain('Handoffs waiting for you\n• Ana Costa: Quote for 300 team jackets? — Lead arrived 02:14 while Sales was off shift; Ioana starts 08:00 Bucharest');
    expect(d.body).toContain('New leads since Mon 14:00'); // her shift ended 16:00 Bucharest
    expect(d.body).toContain('overdue since 03:14');
    expect(d.dedupeKey).toBe(`digest:${w.people.ioana.id}:${IOANA_START.getTime()}`);

    // Dana starts at 08:00 London: the leads are new to her too, the handoffs are Ioana's.
    expect((await sendShiftDigests(minutes(DANA_START, 1), { workspaceId: w.workspaceId })).sent).toBe(1);
    const dana = await db.notification.findFirstOrThrow({ where: { recipientId: w.people.dana.id, kind: 'digest' } });
    expect(dana.title).toBe('Start of shift: 2 new leads, 2 conversations near their SLA');
    // Tomás is on call around the clock: his office hours are not a new shift start.
    expect(await db.notification.count({ where: { recipientId: w.people.tomas.id, kind: 'digest' } })).toBe(0);
  });

  it('builds an empty digest as empty (and such digests are not sent)', () => {
    const now = new Date('2026-06-16T07:00:00Z');
    const d = buildShiftDigest({ personName: 'Dana Kim', timezone: 'Europe/London', shiftStart: now, since: now, handoffs: [], newLeads: [], openIncidents: [], nearSla: [], now });
    expect(d).toMatchObject({ empty: true, title: 'Good shift, Dana: nothing waiting', body: '' });
    const inc = { id: 'c', contactName: 'Eve', subject: null, preview: 'Checkout down', severity: 1, createdAt: now };
    expect(buildShiftDigest({ personName: 'Dana Kim', timezone: 'Europe/London', shiftStart: now, since: now, handoffs: [], newLeads: [], openIncidents: [inc], nearSla: [], now })).toMatchObject({
      empty: false,
      title: 'Start of shift: 1 open incident',
      body: 'Open incidents\n• SEV1 Eve: Checkout down',
    });
  });
});
