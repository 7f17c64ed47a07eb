// Auto-acknowledgement and the out-of-hours reply: from templates in the
// channel or team settings, sent as a queued system message through the
// outbound path, at most once per conversation, without stopping the SLA.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { routeConversation } from '@/lib/routing/apply-route';
import { sendAutoAcknowledgement } from '@/lib/sla/send-auto-acknowledgement';
import { createRoutingWorkspace, type RoutingWorkspace } from '../helpers/routing-workspace';

afterAll(async () => {
  await disconnectDb();
});

const MON_1000 = new Date('2026-06-15T09:00:00Z');
const TUE_0214 = new Date('2026-06-16T01:14:00Z');

async function withTemplates(w: RoutingWorkspace) {
  await db.channel.update({
    where: { id: w.channel.id },
    data: {
      settings: {
        autoAck: {
          enabled: true,
          message: 'Hi {{contact.firstName}}, thanks for writing to {{workspace.name}}! {{team.name}} will answer shortly.',
          outOfHoursMessage: 'Hi {{contact.firstName}}, our {{team.name}} team is back {{team.nextShiftStart}}; we will answer then.',
        },
      },
    },
  });
}

describe('auto-acknowledgement', () => {
  it('sends the out-of-hours reply at night, once, as a queued system message that does not count as our answer', async () => {
    const w = await createRoutingWorkspace();
    await withTemplates(w);
    const a = await w.conversation({ tags: ['sales_lead'], at: TUE_0214, contactName: 'Ana Costa' });
    await routeConversation(w.workspaceId, a.conversation.id, { now: TUE_0214 });
    const r = await sendAutoAcknowledgement(w.workspaceId, a.conversation.id, TUE_0214);
    expect(r).toMatchObject({ outcome: 'sent', outOfHours: true, text: 'Hi Ana, our Sales team is back 06:00 (London time); we will answer then.' });
    const msg = await db.message.findUniqueOrThrow({ where: { id: r.messageId! } });
    expect(msg).toMatchObject({ direction: 'out', status: 'queued', authorId: null, meta: { system: 'out_of_hours' } });
    expect(await db.outbox.findFirst({ where: { jobId: `send-${msg.id}` } })).toMatchObject({ job: 'outbound.send' });
    const c = await db.conversation.findUniqueOrThrow({ where: { id: a.conversation.id } });
    expect(c.autoAckedAt?.toISOString()).toBe(TUE_0214.toISOString());
    expect(c.firstResponseAt).toBeNull();
    expect(c.waitingSince?.toISOString()).toBe(TUE_0214.toISOString());
    expect(await db.conversationEvent.findFirst({ where: { conversationId: c.id, kind: 'auto_ack' } })).toMatchObject({
      summary: 'sent the out-of-hours reply (nobody in Sales on shift; back 06:00 (London time))',
    });
    // A second delivery of the routing job (or a follow-up message) sends nothing more.
    expect(await sendAutoAcknowledgement(w.workspaceId, a.conversation.id, TUE_0214)).toEqual({ outcome: 'already' });
    expect(await db.message.count({ where: { conversationId: c.id, direction: 'out' } })).toBe(1);
  });

  it('sends the daytime acknowledgement when the team is on shift', async () => {
    const w = await createRoutingWorkspace();
    await withTemplates(w);
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000, contactName: 'Ben Ode' });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    const r = await sendAutoAcknowledgement(w.workspaceId, a.conversation.id, MON_1000);
    expect(r).toMatchObject({ outcome: 'sent', outOfHours: false });
    expect(r.text).toBe(`Hi Ben, thanks for writing to ${w.workspace.name}! Sales will answer shortly.`);
  });

  it('is off unless enabled, a team can switch it off, and an answered conversation gets none', async () => {
    const w = await createRoutingWorkspace();
    const a = await w.conversation({ tags: ['sales_lead'], at: MON_1000 });
    await routeConversation(w.workspaceId, a.conversation.id, { now: MON_1000 });
    expect(await sendAutoAcknowledgement(w.workspaceId, a.conversation.id, MON_1000)).toEqual({ outcome: 'disabled' });

    await withTemplates(w);
    await db.team.update({ where: { id: w.teams.sales.id }, data: { settings: { autoAck: { enabled: false } } } });
    expect(await sendAutoAcknowledgement(w.workspaceId, a.conversation.id, MON_1000)).toEqual({ outcome: 'disabled' });

    await db.team.update({ where: { id: w.teams.sales.id }, data: { settings: { autoAck: { enabled: true, message: 'Sales here, {{contact.name}}!' } } } });
    const b = await w.conversation({ tags: ['sales_lead'], at: MON_1000, contactName: 'Cleo Diaz' });
    await routeConversation(w.workspaceId, b.conversation.id, { now: MON_1000 });
    expect(await sendAutoAcknowledgement(w.workspaceId, b.conversation.id, MON_1000)).toMatchObject({ outcome: 'sent', text: 'Sales here, Cleo Diaz!' });

    await db.conversation.update({ where: { id: a.conversation.id }, data: { firstResponseAt: MON_1000 } });
    expect(await sendAutoAcknowledgement(w.workspaceId, a.conversation.id, MON_1000)).toEqual({ outcome: 'answered' });
    expect(await db.message.count({ where: { conversationId: a.conversation.id, direction: 'out' } })).toBe(0);
  });
});
