// Crisis detection end to end: customers report the same checkout failure on X,
// WhatsApp, Messenger, Instagram and email, in English, Spanish, Chinese and
// Japanese, within minutes. Each report goes through ingest and the triage
// worker; the third one opens a crisis, later ones extend it (never a second
// crisis, never a second alert to the same person), severities rise, and an
// unrelated incident stays out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { closeQueues } from '@/lib/queue/get-queue';
import { subscribeLive, type LiveEvent } from '@/lib/live/live-events';
import { scopedDb } from '@/lib/tenancy';
import { setSeverity } from '@/lib/conversations/set-severity';
import { applyCrisis } from '@/lib/triage/apply-crisis';
import { runTriage } from '@/lib/triage/run-triage';
import { applyTriage } from '@/lib/triage/apply-triage';
import { loadTriageContext, toTriageInput } from '@/lib/triage/load-triage-context';
import { triageMessage } from '@/lib/triage/triage-message';
import { startTriageWorker } from '@/workers/triage';
import { activeTags, createTriageWorkspace, ingestAndTriage, ingestCustomerMessage } from '../helpers/triage-workspace';

let stopWorker: () => Promise<void>;

beforeAll(async () => {
  stopWorker = await startTriageWorker();
});

afterAll(async () => {
  await stopWorker();
  await closeQueues();
  await disconnectDb();
});

const REPORTS = {
  x: '@northwind is checkout down for everyone?? payment fails with error 502, tried 3 cards',
  whatsapp: 'No puedo pagar y mis amigos tampoco: el checkout de Northwind da error 502 a todo el mundo',
  messenger: '結帳付款一直失敗，顯示 502 錯誤，朋友們也都一樣，是系統當機了嗎？',
  instagram: '決済ができません。チェックアウトでエラー502が出ます。みんな同じみたいです',
  email: 'Checkout is down for all of us here too. Every payment ends in error 502, nobody in our team can place an order.',
};

describe('crisis detection', () => {
  it('groups a multilingual spike of checkout failures across channels into one crisis, raises severity and alerts the incident team once', async () => {
    const ws = await createTriageWorkspace({ providers: ['x', 'whatsapp', 'messenger', 'instagram', 'email', 'sms'] });
    const live: LiveEvent[] = [];
    const unsubscribe = await subscribeLive(`ws.${ws.workspaceId}.crisis`, (e) => live.push(e));
    try {
      // Unrelated incident in the same minutes: stays out of the crisis.
      const battery = await ingestAndTriage(ws.channels.sms, { text: 'The Trailblazer headlamp battery overheated and caught fire in my tent last night. Someone could get hurt!' });
      expect((await activeTags(battery.conversationId)).map((t) => t.key)).toContain('incident');

      const a = await ingestAndTriage(ws.channels.x, { text: REPORTS.x, followers: 800 });
      const b = await ingestAndTriage(ws.channels.whatsapp, { text: REPORTS.whatsapp });
      for (const r of [a, b]) expect((await activeTags(r.conversationId)).map((t) => t.key)).toContain('incident');
      expect(await db.crisis.count({ where: { workspaceId: ws.workspaceId } })).toBe(0); // two reports are not a crisis yet

      const c = await ingestAndTriage(ws.channels.messenger, { text: REPORTS.messenger });
      expect(c.message.language).toBe('zh-Hant');
      const crisis = await db.crisis.findFirstOrThrow({ where: { workspaceId: ws.workspaceId } });
      expect(crisis.title).toBe('checkout payment errors (502)');
      expect(crisis.signature.split('|')).toEqual(expect.arrayContaining(['checkout', 'payment', 'code:502']));
      expect(crisis).toMatchObject({ status: 'active', messageCount: 3 });
      const linked = await db.conversation.findMany({ where: { crisisId: crisis.id }, select: { id: true, severity: true } });
      expect(linked.map((x) => x.id).sort()).toEqual([a, b, c].map((r) => r.conversationId).sort());
      for (const x of linked) expect(x.severity).toBeLessThanOrEqual(2);
      expect((await db.conversation.findUniqueOrThrow({ where: { id: battery.conversationId } })).crisisId).toBeNull();

      const event = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: a.conversationId, kind: 'crisis' } });
      expect(event.summary).toMatch(/^part of crisis: checkout payment errors \(502\) \(3 conversations in \d+ min on 3 channels\)$/);
      expect(event.data).toMatchObject({ crisisId: crisis.id });

      // The incident team's member and its manager, once each.
      const alerts = await db.notification.findMany({ where: { workspaceId: ws.workspaceId, kind: 'crisis' } });
      expect(alerts.map((n) => n.recipientId).sort()).toEqual([ws.agent.membership.id, ws.admin.membership.id].sort());
      expect(alerts[0]).toMatchObject({ title: 'Crisis: checkout payment errors (502)', dedupeKey: `crisis:${crisis.id}:${alerts[0].recipientId}` });
      const deadline = Date.now() + 5000;
      while (!live.some((e) => e.type === 'crisis.created') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(live.find((e) => e.type === 'crisis.created')).toMatchObject({ id: crisis.id });

      // Whatever triage judged the first report (the model may already call an outage SEV1),
      // make it SEV2 so that the crisis growing to five visibly raises it.
      await db.conversation.update({ where: { id: a.conversationId }, data: { severity: 2 } });

      // An agent decides one of them is SEV3: the crisis respects it.
      const agent = { db: scopedDb(ws.workspaceId), workspaceId: ws.workspaceId, actor: { type: 'user' as const, userId: ws.agent.user.id, membershipId: ws.agent.membership.id, name: 'Dana Kim', email: ws.agent.email } };
      await setSeverity(agent, { conversationId: b.conversationId, severity: 3, note: 'a reseller, not affected' });

      // Japanese on Instagram, then English by email: the same crisis grows; the fifth makes it SEV1.
      const d = await ingestAndTriage(ws.channels.instagram, { text: REPORTS.instagram });
      expect(await db.crisis.count({ where: { workspaceId: ws.workspaceId } })).toBe(1);
      expect((await db.conversation.findUniqueOrThrow({ where: { id: d.conversationId } })).crisisId).toBe(crisis.id);
      const e = await ingestAndTriage(ws.channels.email, { text: REPORTS.email, subject: 'Checkout broken' });

      const grown = await db.crisis.findUniqueOrThrow({ where: { id: crisis.id } });
      expect(grown.messageCount).toBe(5);
      expect(grown.lastSeenAt.getTime()).toBeGreaterThan(crisis.lastSeenAt.getTime());
      const all = await db.conversation.findMany({ where: { crisisId: crisis.id }, select: { id: true, severity: true, severitySetBy: true } });
      expect(all).toHaveLength(5);
      for (const x of all) expect(x.severity).toBe(x.id === b.conversationId ? 3 : 1);
      const sev1 = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: a.conversationId, kind: 'severity', summary: { startsWith: 'severity SEV1 (crisis' } } });
      expect(sev1.data).toMatchObject({ setBy: 'crisis', from: 2 });
      expect((await db.conversationEvent.findFirstOrThrow({ where: { conversationId: e.conversationId, kind: 'crisis' } })).summary).toMatch(/\(5 conversations in \d+ min on 5 channels\)$/);
      // Routing is asked to look again, urgently, at every conversation that became SEV1.
      expect(await db.outbox.findFirstOrThrow({ where: { jobId: `route-crisis-${crisis.id}-${a.conversationId}-sev1` } })).toMatchObject({ queue: 'routing', priority: 1 });
      expect(await db.outbox.count({ where: { workspaceId: ws.workspaceId, queue: 'routing', jobId: { startsWith: `route-crisis-${crisis.id}` } } })).toBeGreaterThanOrEqual(2);
      // No alert storm: still one alert per person.
      expect(await db.notification.count({ where: { workspaceId: ws.workspaceId, kind: 'crisis' } })).toBe(2);

      // Running detection again for the same report, or the job again, duplicates nothing.
      const counts = async () => [await db.crisis.count({ where: { workspaceId: ws.workspaceId } }), await db.conversationEvent.count({ where: { workspaceId: ws.workspaceId } }), await db.notification.count({ where: { workspaceId: ws.workspaceId } })];
      const before = await counts();
      const incidentTag = await db.tag.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, key: 'incident' } });
      const again = await scopedDb(ws.workspaceId).$transaction((tx) => applyCrisis(tx, { workspaceId: ws.workspaceId, conversationId: e.conversationId, incidentTagId: incidentTag.id, workspaceName: ws.workspace.name, now: new Date() }));
      expect(again).toMatchObject({ action: 'extend', crisisId: crisis.id, linked: [], raised: [], notified: [] });
      expect(await runTriage(ws.workspaceId, e.messageId)).toMatchObject({ status: 'skipped' });
      expect(await counts()).toEqual(before);
      expect((await db.crisis.findUniqueOrThrow({ where: { id: crisis.id } })).messageCount).toBe(5);
    } finally {
      await unsubscribe();
    }
  });

  it('reports triaged at the same moment make one crisis with all of them, without deadlocks', async () => {
    const ws = await createTriageWorkspace({ providers: ['x', 'whatsapp', 'messenger', 'instagram', 'email'] });
    const ingested = [];
    for (const provider of ['x', 'whatsapp', 'messenger', 'instagram', 'email'] as const) {
      ingested.push(await ingestCustomerMessage(ws.channels[provider], { text: REPORTS[provider] }));
    }
    // Not through the queue: five triage jobs racing for real.
    const results = await Promise.all(ingested.map((m) => runTriage(ws.workspaceId, m.messageId)));
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);

    const crises = await db.crisis.findMany({ where: { workspaceId: ws.workspaceId } });
    expect(crises).toHaveLength(1);
    const members = await db.conversation.findMany({ where: { crisisId: crises[0].id }, select: { id: true, severity: true } });
    expect(members.map((m) => m.id).sort()).toEqual(ingested.map((m) => m.conversationId).sort());
    for (const m of members) expect(m.severity).toBe(1); // five conversations
    expect(crises[0].messageCount).toBe(5);
    expect(await db.notification.count({ where: { workspaceId: ws.workspaceId, kind: 'crisis' } })).toBe(2);
    for (const m of ingested) expect(await db.conversationEvent.count({ where: { conversationId: m.conversationId, kind: 'crisis' } })).toBe(1);
  });

  it('a worker that dies between the triage and the crisis check: the re-delivered job finishes the check', async () => {
    const ws = await createTriageWorkspace({ providers: ['x', 'whatsapp', 'messenger'] });
    const a = await ingestAndTriage(ws.channels.x, { text: REPORTS.x });
    const b = await ingestAndTriage(ws.channels.whatsapp, { text: REPORTS.whatsapp });
    // The third report's triage commits, then the worker "dies" before its crisis check.
    const c = await ingestCustomerMessage(ws.channels.messenger, { text: REPORTS.messenger });
    const ctx = (await loadTriageContext(ws.workspaceId, c.messageId))!;
    expect(await applyTriage(ctx, triageMessage(toTriageInput(ctx)))).toMatchObject({ status: 'applied', incident: true });
    expect(await db.crisis.count({ where: { workspaceId: ws.workspaceId } })).toBe(0);

    // BullMQ re-delivers the job: nothing is triaged twice, and the crisis is found.
    const again = await runTriage(ws.workspaceId, c.messageId);
    expect(again).toMatchObject({ status: 'skipped', reason: 'already triaged', crisis: { action: 'create' } });
    const crisis = await db.crisis.findFirstOrThrow({ where: { workspaceId: ws.workspaceId } });
    const members = await db.conversation.findMany({ where: { crisisId: crisis.id }, select: { id: true } });
    expect(members.map((m) => m.id).sort()).toEqual([a, b, c].map((r) => r.conversationId).sort());
    expect(await db.tagApplication.count({ where: { conversationId: c.conversationId, tag: { key: 'incident' } } })).toBe(1);
  });
});
