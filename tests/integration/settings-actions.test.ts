// The settings and handoff server actions through runWorkspaceAction (the
// session-free core of workspaceAction), with the same schemas and use cases
// the action files bind: an agent cannot change settings, a manager of A
// cannot touch B's rows (not_found, rows unchanged), a manager's change is
// saved and audited, and an overnight agent's handoff is accepted by the
// morning rep and nobody else.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { runWorkspaceAction } from '@/lib/actions/workspace-action';
import type { Caller } from '@/lib/auth/session';
import { updateRoutingRuleInput } from '@/lib/settings/routing-rule-input';
import { updateRoutingRule } from '@/lib/settings/update-routing-rule';
import { createShiftInput, updateShiftInput } from '@/lib/settings/shift-input';
import { createShift } from '@/lib/settings/create-shift';
import { updateShift } from '@/lib/settings/update-shift';
import { updateSlaPolicyInput } from '@/lib/settings/sla-policy-input';
import { updateSlaPolicy } from '@/lib/settings/update-sla-policy';
import { setTeamMemberInput, updateMemberInput } from '@/lib/settings/team-input';
import { setTeamMember } from '@/lib/settings/set-team-member';
import { updateMember } from '@/lib/settings/update-member';
import { createTagRuleInput, updateTagInput } from '@/lib/settings/tag-input';
import { createTagRule } from '@/lib/settings/create-tag-rule';
import { updateTag } from '@/lib/settings/update-tag';
import { handOffConversation, handOffInput } from '@/lib/routing/hand-off-conversation';
import { acceptHandoff, acceptHandoffInput } from '@/lib/routing/accept-handoff';
import { handoffTargetsInput, listHandoffTargets } from '@/lib/handoffs/list-handoff-targets';
import { createRoutingWorkspace } from '../helpers/routing-workspace';

afterAll(disconnectDb);

async function callerOf(workspaceId: string, membershipId: string): Promise<Caller> {
  const m = await db.membership.findUniqueOrThrow({ where: { id: membershipId }, include: { user: true } });
  return { workspaceId, role: m.role, actor: { type: 'user', userId: m.userId, membershipId: m.id, name: m.user.name, email: m.user.email } };
}

const manager = { role: 'manager' as const };
const agent = { role: 'agent' as const };

describe('settings actions', () => {
  it('an agent is refused every settings change, and nothing changes', async () => {
    const w = await createRoutingWorkspace();
    const dana = await callerOf(w.workspaceId, w.people.dana.id);
    const rule = await db.routingRule.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
    const policy = await db.slaPolicy.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
    const results = [
      await runWorkspaceAction(dana, { input: updateRoutingRuleInput, ...manager }, updateRoutingRule, { id: rule.id, name: 'mine' }),
      await runWorkspaceAction(dana, { input: createShiftInput, ...manager }, createShift, { membershipId: w.people.dana.id, timezone: 'UTC', weeklyHours: [{ day: 0, start: '00:00', end: '23:59' }] }),
      await runWorkspaceAction(dana, { input: updateSlaPolicyInput, ...manager }, updateSlaPolicy, { id: policy.id, firstResponseMinutes: 1 }),
      await runWorkspaceAction(dana, { input: updateMemberInput, ...manager }, updateMember, { id: w.people.dana.id, capacity: 99 }),
      await runWorkspaceAction(dana, { input: setTeamMemberInput, ...manager }, setTeamMember, { teamId: w.teams.sales.id, membershipId: w.people.dana.id, capacity: 99 }),
    ];
    for (const r of results) expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: 'This needs the manager role or higher' } });
    expect(await db.routingRule.findUniqueOrThrow({ where: { id: rule.id } })).toEqual(rule);
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id: policy.id } })).toEqual(policy);
    expect((await db.membership.findUniqueOrThrow({ where: { id: w.people.dana.id } })).capacity).toBe(12);
    expect(await db.auditEvent.count({ where: { workspaceId: w.workspaceId } })).toBe(0);
    expect(await runWorkspaceAction(null, { input: updateRoutingRuleInput, ...manager }, updateRoutingRule, { id: rule.id, name: 'x' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('a manager of A cannot change B’s rules, shifts, policies, tags or people', async () => {
    const a = await createRoutingWorkspace();
    const b = await createRoutingWorkspace();
    const marcusA = await callerOf(a.workspaceId, a.people.marcus.id);
    const ruleB = await db.routingRule.findFirstOrThrow({ where: { workspaceId: b.workspaceId } });
    const shiftB = await db.shift.findFirstOrThrow({ where: { workspaceId: b.workspaceId } });
    const policyB = await db.slaPolicy.findFirstOrThrow({ where: { workspaceId: b.workspaceId } });
    const tagB = await db.tag.findFirstOrThrow({ where: { workspaceId: b.workspaceId } });
    const results = [
      await runWorkspaceAction(marcusA, { input: updateRoutingRuleInput, ...manager }, updateRoutingRule, { id: ruleB.id, name: 'hijacked' }),
      await runWorkspaceAction(marcusA, { input: updateShiftInput, ...manager }, updateShift, { id: shiftB.id, weeklyHours: [{ day: 1, start: '00:00', end: '00:01' }] }),
      await runWorkspaceAction(marcusA, { input: updateSlaPolicyInput, ...manager }, updateSlaPolicy, { id: policyB.id, firstResponseMinutes: 1 }),
      await runWorkspaceAction(marcusA, { input: updateTagInput, ...manager }, updateTag, { id: tagB.id, description: 'hijacked' }),
      await runWorkspaceAction(marcusA, { input: updateMemberInput, ...manager }, updateMember, { id: b.people.dana.id, active: false }),
      await runWorkspaceAction(marcusA, { input: setTeamMemberInput, ...manager }, setTeamMember, { teamId: b.teams.sales.id, membershipId: b.people.dana.id, capacity: 0 }),
    ];
    for (const r of results) expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // A's own shift cannot be moved onto B's person either.
    const shiftA = await db.shift.findFirstOrThrow({ where: { workspaceId: a.workspaceId } });
    expect(await runWorkspaceAction(marcusA, { input: updateShiftInput, ...manager }, updateShift, { id: shiftA.id, membershipId: b.people.dana.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: [{ path: 'membershipId' }] },
    });
    expect(await db.routingRule.findUniqueOrThrow({ where: { id: ruleB.id } })).toEqual(ruleB);
    expect(await db.shift.findUniqueOrThrow({ where: { id: shiftB.id } })).toEqual(shiftB);
    expect(await db.shift.findUniqueOrThrow({ where: { id: shiftA.id } })).toEqual(shiftA);
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id: policyB.id } })).toEqual(policyB);
    expect(await db.tag.findUniqueOrThrow({ where: { id: tagB.id } })).toEqual(tagB);
    expect(await db.membership.findUniqueOrThrow({ where: { id: b.people.dana.id } })).toMatchObject({ active: true });
    expect(await db.auditEvent.count({ where: { workspaceId: { in: [a.workspaceId, b.workspaceId] } } })).toBe(0);
  });

  it('a manager’s changes are saved and audited as theirs; bad input names the field', async () => {
    const w = await createRoutingWorkspace();
    const marcus = await callerOf(w.workspaceId, w.people.marcus.id);
    const shift = await db.shift.findFirstOrThrow({ where: { workspaceId: w.workspaceId, membershipId: w.people.dana.id } });
    const bad = await runWorkspaceAction(marcus, { input: updateShiftInput, ...manager }, updateShift, { id: shift.id, weeklyHours: [{ day: 1, start: '08:00', end: '25:00' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', details: [{ path: 'weeklyHours.0.end', message: 'use HH:MM, 24-hour' }] } });
    const ok = await runWorkspaceAction(marcus, { input: updateShiftInput, ...manager }, updateShift, { id: shift.id, weeklyHours: [{ day: 1, start: '07:00', end: '15:30' }] });
    expect(ok.ok).toBe(true);
    expect((await db.shift.findUniqueOrThrow({ where: { id: shift.id } })).weeklyHours).toEqual([{ day: 1, start: '07:00', end: '15:30' }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.workspaceId, action: 'shift.update' } });
    expect(audit).toMatchObject({ actorType: 'user', actorId: w.people.marcus.id, targetId: shift.id, data: { by: 'Marcus Reed' } });
    expect(await db.outbox.count({ where: { workspaceId: w.workspaceId, job: 'routing.backlog', jobId: { endsWith: audit.id } } })).toBe(1);

    const rule = await runWorkspaceAction(marcus, { input: createTagRuleInput, ...manager }, createTagRule, { tag: 'sales_lead', name: 'Tender', keywords: ['tender', 'RFQ'] });
    expect(rule).toMatchObject({ ok: true, data: { name: 'Tender', keywords: ['tender', 'RFQ'], tag: { key: 'sales_lead' } } });
    // Nobody deactivates themselves.
    expect(await runWorkspaceAction(marcus, { input: updateMemberInput, ...manager }, updateMember, { id: w.people.marcus.id, active: false })).toMatchObject({
      ok: false,
      error: { details: [{ path: 'active', message: 'You cannot deactivate yourself' }] },
    });
  });
});

describe('handoff actions', () => {
  it('the overnight agent hands off with a note; only the named rep (or a manager) accepts it', async () => {
    const w = await createRoutingWorkspace();
    const luis = await callerOf(w.workspaceId, w.people.luis.id);
    const dana = await callerOf(w.workspaceId, w.people.dana.id);
    const ioana = await callerOf(w.workspaceId, w.people.ioana.id);
    const c = await w.conversation({ tags: ['sales_lead'], at: new Date(), teamId: w.teams.sales.id, text: 'Quote for 120 jackets for a school' });
    await db.conversation.update({ where: { id: c.conversation.id }, data: { assigneeId: w.people.luis.id } });

    const targets = await runWorkspaceAction(luis, { input: handoffTargetsInput, ...agent }, (ctx, input) => listHandoffTargets(ctx, input, w.people.luis.id), { conversationId: c.conversation.id });
    expect(targets.ok).toBe(true);
    const data = (targets as { ok: true; data: Awaited<ReturnType<typeof listHandoffTargets>> }).data;
    expect(data.conversationTeamId).toBe(w.teams.sales.id);
    expect(data.teams[0]).toMatchObject({ id: w.teams.sales.id, name: 'Sales' });
    expect(data.teams[0].members.map((m) => m.name).sort()).toEqual(['Dana Kim', 'Ioana Petrescu']); // not Luis himself

    expect(await runWorkspaceAction(luis, { input: handOffInput, ...agent }, handOffConversation, { conversationId: c.conversation.id, toId: w.people.dana.id, note: '' })).toMatchObject({
      ok: false,
      error: { details: [{ path: 'note' }] },
    });
    const made = await runWorkspaceAction(luis, { input: handOffInput, ...agent }, handOffConversation, { conversationId: c.conversation.id, toId: w.people.dana.id, note: 'School wants 120 jackets by September' });
    expect(made.ok).toBe(true);
    const handoff = await db.handoff.findFirstOrThrow({ where: { conversationId: c.conversation.id } });
    expect(handoff).toMatchObject({ fromId: w.people.luis.id, toId: w.people.dana.id, note: 'School wants 120 jackets by September', acceptedAt: null });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: c.conversation.id } })).assigneeId).toBeNull();

    expect(await runWorkspaceAction(ioana, { input: acceptHandoffInput, ...agent }, acceptHandoff, { handoffId: handoff.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const accepted = await runWorkspaceAction(dana, { input: acceptHandoffInput, ...agent }, acceptHandoff, { handoffId: handoff.id });
    expect(accepted).toMatchObject({ ok: true, data: { assigneeId: w.people.dana.id, changed: true } });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: c.conversation.id } })).assigneeId).toBe(w.people.dana.id);

    // Another workspace's member cannot see or accept it.
    const other = await createRoutingWorkspace();
    const stranger = await callerOf(other.workspaceId, other.people.marcus.id);
    expect(await runWorkspaceAction(stranger, { input: acceptHandoffInput, ...agent }, acceptHandoff, { handoffId: handoff.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await runWorkspaceAction(stranger, { input: handoffTargetsInput, ...agent }, (ctx, input) => listHandoffTargets(ctx, input, null), { conversationId: c.conversation.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
