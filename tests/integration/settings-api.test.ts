// The settings REST API through the real route handlers with API keys:
// routing rules, shifts, teams and members, SLA policies, tags and tag rules,
// handoffs. Every write is checked on the rows read back, bad input is a 400
// naming the field and changes nothing, an agent key cannot write (403),
// another workspace's ids are 404, every change leaves an audit entry, and
// more room in a team enqueues its backlog through the outbox (and that job
// really assigns the waiting conversation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { assignBacklog } from '@/lib/routing/assign-backlog';
import * as routingRules from '@/app/api/v1/routing-rules/route';
import * as routingRule from '@/app/api/v1/routing-rules/[id]/route';
import * as shifts from '@/app/api/v1/shifts/route';
import * as shift from '@/app/api/v1/shifts/[id]/route';
import * as teams from '@/app/api/v1/teams/route';
import * as team from '@/app/api/v1/teams/[id]/route';
import * as teamMember from '@/app/api/v1/teams/[id]/members/[membershipId]/route';
import * as members from '@/app/api/v1/members/route';
import * as member from '@/app/api/v1/members/[id]/route';
import * as slaPolicies from '@/app/api/v1/sla-policies/route';
import * as slaPolicy from '@/app/api/v1/sla-policies/[id]/route';
import * as tags from '@/app/api/v1/tags/route';
import * as tag from '@/app/api/v1/tags/[id]/route';
import * as tagRules from '@/app/api/v1/tag-rules/route';
import * as tagRule from '@/app/api/v1/tag-rules/[id]/route';
import * as handoffs from '@/app/api/v1/handoffs/route';
import * as acceptRoute from '@/app/api/v1/handoffs/[id]/accept/route';
import * as handoffRoute from '@/app/api/v1/conversations/[id]/handoff/route';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';
import { createRoutingWorkspace, type RoutingWorkspace } from '../helpers/routing-workspace';

type Handler = (request: Request, segment: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Answer = { status: number; body: any };

async function call(handler: Handler, method: string, path: string, opts: { key: string; params?: Record<string, string>; body?: unknown }): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${opts.key}` };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const res = await handler(new Request(`http://switchboard.test${path}`, { method, headers, body }), { params: Promise.resolve(opts.params ?? {}) });
  expect(res.headers.get('content-type') ?? '').toContain('application/json');
  return { status: res.status, body: await res.json() };
}

// A 400 whose details name exactly this field.
function expectFieldError(a: Answer, path: string) {
  expect(a.status, JSON.stringify(a.body)).toBe(400);
  expect(a.body.error.code).toBe('invalid_input');
  expect(a.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
}

const audits = (workspaceId: string, action: string) => db.auditEvent.findMany({ where: { workspaceId, action }, orderBy: { createdAt: 'asc' } });
const backlogJobs = (workspaceId: string) => db.outbox.findMany({ where: { workspaceId, job: 'routing.backlog' }, orderBy: { id: 'asc' } });

let w: RoutingWorkspace;
let other: Awaited<ReturnType<typeof createTestWorkspace>>;
let key: string;
let agentKey: string;

beforeAll(async () => {
  w = await createRoutingWorkspace();
  other = await createTestWorkspace();
  key = w.apiKey;
  agentKey = (await createApiKey(w.workspaceId, 'agent key', 'agent')).key;
});

afterAll(disconnectDb);

describe('routing rules API', () => {
  it('lists, creates at a position, edits, moves and deletes rules, auditing each change', async () => {
    const list = await call(routingRules.GET, 'GET', '/api/v1/routing-rules', { key });
    expect(list.status).toBe(200);
    expect(list.body.routingRules.map((r: { position: number }) => r.position)).toEqual([0, 1, 2, 3, 4]);

    const created = await call(routingRules.POST, 'POST', '/api/v1/routing-rules', {
      key,
      body: { name: 'Spanish WhatsApp → Sales, Spanish speaker', conditions: { providers: ['whatsapp'], languages: ['es'] }, action: { teamKey: 'sales', requireLanguage: 'es' }, position: 1 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const rows = async () => db.routingRule.findMany({ where: { workspaceId: w.workspaceId }, orderBy: { position: 'asc' } });
    let stored = await rows();
    expect(stored.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stored[1]).toMatchObject({ id, name: 'Spanish WhatsApp → Sales, Spanish speaker', conditions: { providers: ['whatsapp'], languages: ['es'] }, action: { teamKey: 'sales', requireLanguage: 'es' } });

    const moved = await call(routingRule.PATCH, 'PATCH', `/api/v1/routing-rules/${id}`, { key, params: { id }, body: { name: 'Spanish → Sales', position: 4, enabled: false } });
    expect(moved.status).toBe(200);
    stored = await rows();
    expect(stored.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stored[4]).toMatchObject({ id, name: 'Spanish → Sales', enabled: false });

    const gone = await call(routingRule.DELETE, 'DELETE', `/api/v1/routing-rules/${id}`, { key, params: { id } });
    expect(gone).toEqual({ status: 200, body: { id, deleted: true } });
    stored = await rows();
    expect(stored.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    expect(stored.some((r) => r.id === id)).toBe(false);

    const [create] = await audits(w.workspaceId, 'routing_rule.create');
    expect(create).toMatchObject({ actorType: 'api_key', targetId: id, data: { after: { name: 'Spanish WhatsApp → Sales, Spanish speaker', position: 1 } } });
    const [update] = await audits(w.workspaceId, 'routing_rule.update');
    expect(update.data).toMatchObject({ changes: { name: { from: 'Spanish WhatsApp → Sales, Spanish speaker', to: 'Spanish → Sales' }, position: { from: 1, to: 4 }, enabled: { from: true, to: false } } });
    const [del] = await audits(w.workspaceId, 'routing_rule.delete');
    expect(del.data).toMatchObject({ before: { name: 'Spanish → Sales', action: { teamKey: 'sales' } } });
  });

  it('refuses an unknown team, a severity out of range, a rule that does nothing, and unknown fields — and saves nothing', async () => {
    const before = await db.routingRule.count({ where: { workspaceId: w.workspaceId } });
    expectFieldError(await call(routingRules.POST, 'POST', '/api/v1/routing-rules', { key, body: { name: 'x', conditions: { tags: ['sales_lead'] }, action: { teamKey: 'nope' } } }), 'action.teamKey');
    expectFieldError(await call(routingRules.POST, 'POST', '/api/v1/routing-rules', { key, body: { name: 'x', conditions: { severityAtMost: 7 }, action: { teamKey: 'sales' } } }), 'conditions.severityAtMost');
    expectFieldError(await call(routingRules.POST, 'POST', '/api/v1/routing-rules', { key, body: { name: 'x', conditions: {}, action: {} } }), 'action');
    expectFieldError(await call(routingRules.POST, 'POST', '/api/v1/routing-rules', { key, body: { name: 'x', conditions: { tags: ['no_such_tag'] }, action: { teamKey: 'sales' } } }), 'conditions.tags.0');
    expectFieldError(await call(routingRules.POST, 'POST', '/api/v1/routing-rules', { key, body: { name: 'x', action: { assigneeId: other.agent.membership.id } } }), 'action.assigneeId');
    const extra = await call(routingRules.POST, 'POST', '/api/v1/routing-rules', { key, body: { name: 'x', action: { teamKey: 'sales' }, workspaceId: other.workspace.id } });
    expect(extra.status).toBe(400);
    const notJson = await call(routingRules.POST, 'POST', '/api/v1/routing-rules', { key, body: '{"name":' });
    expect(notJson.status).toBe(400);
    const [first] = await db.routingRule.findMany({ where: { workspaceId: w.workspaceId }, orderBy: { position: 'asc' } });
    expectFieldError(await call(routingRule.PATCH, 'PATCH', `/api/v1/routing-rules/${first.id}`, { key, params: { id: first.id }, body: { action: { teamKey: 'nope' } } }), 'action.teamKey');
    expectFieldError(await call(routingRule.PATCH, 'PATCH', `/api/v1/routing-rules/${first.id}`, { key, params: { id: first.id }, body: { position: -1 } }), 'position');
    expect(await db.routingRule.count({ where: { workspaceId: w.workspaceId } })).toBe(before);
    expect(await db.routingRule.findUniqueOrThrow({ where: { id: first.id } })).toEqual(first);
  });
});

describe('shifts API', () => {
  it('creates, edits and deletes a shift; each change enqueues the backlog of the person’s teams', async () => {
    const jobsBefore = (await backlogJobs(w.workspaceId)).length;
    const created = await call(shifts.POST, 'POST', '/api/v1/shifts', {
      key,
      body: { membershipId: w.people.luis.id, name: 'Saturday cover', timezone: 'America/New_York', weeklyHours: [{ day: 6, start: '10:00', end: '14:00' }] },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(await db.shift.findUniqueOrThrow({ where: { id } })).toMatchObject({ membershipId: w.people.luis.id, name: 'Saturday cover', timezone: 'America/New_York', weeklyHours: [{ day: 6, start: '10:00', end: '14:00' }], onCall: false });
    let jobs = (await backlogJobs(w.workspaceId)).slice(jobsBefore);
    expect(jobs.map((j) => j.payload)).toEqual([{ workspaceId: w.workspaceId, teamId: w.teams.sales.id }]);

    const patched = await call(shift.PATCH, 'PATCH', `/api/v1/shifts/${id}`, { key, params: { id }, body: { weeklyHours: [{ day: 6, start: '22:00', end: '06:00' }], onCall: true } });
    expect(patched.status).toBe(200);
    expect(await db.shift.findUniqueOrThrow({ where: { id } })).toMatchObject({ weeklyHours: [{ day: 6, start: '22:00', end: '06:00' }], onCall: true });
    const [update] = await audits(w.workspaceId, 'shift.update');
    expect(update.data).toMatchObject({ changes: { weeklyHours: { from: [{ day: 6, start: '10:00', end: '14:00' }], to: [{ day: 6, start: '22:00', end: '06:00' }] }, onCall: { from: false, to: true } } });

    const listed = await call(shifts.GET, 'GET', `/api/v1/shifts?membershipId=${w.people.luis.id}`, { key });
    expect(listed.body.shifts.map((s: { name: string }) => s.name).sort()).toEqual(['Americas', 'Saturday cover']);

    expect(await call(shift.DELETE, 'DELETE', `/api/v1/shifts/${id}`, { key, params: { id } })).toEqual({ status: 200, body: { id, deleted: true } });
    expect(await db.shift.findUnique({ where: { id } })).toBeNull();
    jobs = (await backlogJobs(w.workspaceId)).slice(jobsBefore);
    expect(jobs).toHaveLength(3);
    expect(new Set(jobs.map((j) => j.jobId)).size).toBe(3);
    expect(await audits(w.workspaceId, 'shift.create')).toHaveLength(1);
    expect(await audits(w.workspaceId, 'shift.delete')).toHaveLength(1);
  });

  it('refuses "25:00", an unknown time zone, no hours and another workspace’s member, with the field path', async () => {
    const before = await db.shift.count({ where: { workspaceId: w.workspaceId } });
    const base = { membershipId: w.people.dana.id, timezone: 'Europe/London', weeklyHours: [{ day: 1, start: '09:00', end: '17:00' }] };
    expectFieldError(await call(shifts.POST, 'POST', '/api/v1/shifts', { key, body: { ...base, weeklyHours: [{ day: 1, start: '09:00', end: '25:00' }] } }), 'weeklyHours.0.end');
    expectFieldError(await call(shifts.POST, 'POST', '/api/v1/shifts', { key, body: { ...base, weeklyHours: [{ day: 9, start: '09:00', end: '17:00' }] } }), 'weeklyHours.0.day');
    expectFieldError(await call(shifts.POST, 'POST', '/api/v1/shifts', { key, body: { ...base, timezone: 'Mars/Olympus' } }), 'timezone');
    expectFieldError(await call(shifts.POST, 'POST', '/api/v1/shifts', { key, body: { ...base, weeklyHours: [] } }), 'weeklyHours');
    expectFieldError(await call(shifts.POST, 'POST', '/api/v1/shifts', { key, body: { ...base, membershipId: other.agent.membership.id } }), 'membershipId');
    expect(await db.shift.count({ where: { workspaceId: w.workspaceId } })).toBe(before);
  });
});

describe('teams and members API', () => {
  it('lists teams with members and edits mode, manager and auto-acknowledgement', async () => {
    const list = await call(teams.GET, 'GET', '/api/v1/teams', { key });
    expect(list.status).toBe(200);
    const sales = list.body.teams.find((t: { key: string }) => t.key === 'sales');
    expect(sales.members.map((m: { name: string }) => m.name).sort()).toEqual(['Dana Kim', 'Ioana Petrescu', 'Luis Ortega']);
    expect(sales.members[0]).toMatchObject({ effectiveCapacity: 12, capacity: null });

    const autoAck = { enabled: true, message: 'Thanks {{contact.firstName}}, Sales will answer soon.', outOfHoursMessage: 'We are back at {{team.nextShiftStart}}.' };
    const patched = await call(team.PATCH, 'PATCH', `/api/v1/teams/${w.teams.sales.id}`, {
      key,
      params: { id: w.teams.sales.id },
      body: { assignmentMode: 'least_loaded', managerId: w.people.dana.id, settings: { autoAck } },
    });
    expect(patched.status).toBe(200);
    expect(await db.team.findUniqueOrThrow({ where: { id: w.teams.sales.id } })).toMatchObject({ assignmentMode: 'least_loaded', managerId: w.people.dana.id, settings: { autoAck } });
    const [audit] = await audits(w.workspaceId, 'team.update');
    expect(audit.data).toMatchObject({ changes: { assignmentMode: { from: 'round_robin', to: 'least_loaded' }, managerId: { from: w.people.marcus.id, to: w.people.dana.id } } });

    expectFieldError(await call(team.PATCH, 'PATCH', `/api/v1/teams/${w.teams.sales.id}`, { key, params: { id: w.teams.sales.id }, body: { assignmentMode: 'random' } }), 'assignmentMode');
    expectFieldError(await call(team.PATCH, 'PATCH', `/api/v1/teams/${w.teams.sales.id}`, { key, params: { id: w.teams.sales.id }, body: { settings: { autoAck: { enabled: true } } } }), 'settings.autoAck.message');
    expectFieldError(await call(team.PATCH, 'PATCH', `/api/v1/teams/${w.teams.sales.id}`, { key, params: { id: w.teams.sales.id }, body: { managerId: other.admin.membership.id } }), 'managerId');
    await call(team.PATCH, 'PATCH', `/api/v1/teams/${w.teams.sales.id}`, { key, params: { id: w.teams.sales.id }, body: { assignmentMode: 'round_robin', managerId: w.people.marcus.id, settings: { autoAck: null } } });
    expect((await db.team.findUniqueOrThrow({ where: { id: w.teams.sales.id } })).settings).toEqual({});
  });

  it('raising a seat capacity enqueues the team backlog, and the job assigns the waiting conversation', async () => {
    // Support: one agent without shifts (always available), at capacity 0 with one conversation waiting.
    const support = w.teams.support;
    const agentId = w.people.agent.id;
    const zero = await call(teamMember.PUT, 'PUT', '/x', { key, params: { id: support.id, membershipId: agentId }, body: { capacity: 0 } });
    expect(zero.status).toBe(200);
    const waiting = await w.conversation({ tags: ['technical_issue'], at: new Date(Date.now() - 3_600_000), teamId: support.id, text: 'The app crashes on login' });
    expect((await assignBacklog(w.workspaceId, { teamId: support.id })).assigned).toBe(0);

    const jobsBefore = (await backlogJobs(w.workspaceId)).length;
    expectFieldError(await call(teamMember.PUT, 'PUT', '/x', { key, params: { id: support.id, membershipId: agentId }, body: { capacity: -1 } }), 'capacity');
    expect((await db.teamMember.findUniqueOrThrow({ where: { teamId_membershipId: { teamId: support.id, membershipId: agentId } } })).capacity).toBe(0);
    expect((await backlogJobs(w.workspaceId)).length).toBe(jobsBefore);

    const raised = await call(teamMember.PUT, 'PUT', '/x', { key, params: { id: support.id, membershipId: agentId }, body: { capacity: 5, isLead: true } });
    expect(raised.status).toBe(200);
    expect(raised.body).toMatchObject({ membershipId: agentId, capacity: 5, effectiveCapacity: 5, isLead: true, backlogQueued: true });
    const jobs = (await backlogJobs(w.workspaceId)).slice(jobsBefore);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ queue: 'routing', payload: { workspaceId: w.workspaceId, teamId: support.id }, status: 'pending' });
    const [audit] = (await audits(w.workspaceId, 'team_member.update')).slice(-1);
    expect(audit.data).toMatchObject({ changes: { capacity: { from: 0, to: 5 }, isLead: { from: false, to: true } } });
    expect(jobs[0].jobId).toBe(`backlog-${support.id}-${audit.id}`);

    // The job the outbox carries does the assignment.
    const payload = jobs[0].payload as { workspaceId: string; teamId: string };
    expect((await assignBacklog(payload.workspaceId, { teamId: payload.teamId })).assigned).toBe(1);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: waiting.conversation.id } })).assigneeId).toBe(agentId);

    // Lowering it again changes the row but enqueues nothing.
    await call(teamMember.PUT, 'PUT', '/x', { key, params: { id: support.id, membershipId: agentId }, body: { capacity: 2 } });
    expect((await backlogJobs(w.workspaceId)).length).toBe(jobsBefore + 1);
  });

  it('adds and removes a team member', async () => {
    const added = await call(teamMember.PUT, 'PUT', '/x', { key, params: { id: w.teams.incident.id, membershipId: w.people.marcus.id }, body: { capacity: 3 } });
    expect(added.status).toBe(201);
    expect(await db.teamMember.findUniqueOrThrow({ where: { teamId_membershipId: { teamId: w.teams.incident.id, membershipId: w.people.marcus.id } } })).toMatchObject({ capacity: 3, isLead: false });
    expect(await audits(w.workspaceId, 'team_member.add')).toHaveLength(1);
    const removed = await call(teamMember.DELETE, 'DELETE', '/x', { key, params: { id: w.teams.incident.id, membershipId: w.people.marcus.id } });
    expect(removed.status).toBe(200);
    expect(await db.teamMember.findUnique({ where: { teamId_membershipId: { teamId: w.teams.incident.id, membershipId: w.people.marcus.id } } })).toBeNull();
    expect(await audits(w.workspaceId, 'team_member.remove')).toHaveLength(1);
    // Another workspace's person cannot be seated here.
    const foreign = await call(teamMember.PUT, 'PUT', '/x', { key, params: { id: w.teams.incident.id, membershipId: other.agent.membership.id }, body: { capacity: 3 } });
    expect(foreign.status).toBe(404);
    expect(await db.teamMember.count({ where: { membershipId: other.agent.membership.id, teamId: w.teams.incident.id } })).toBe(0);
  });

  it('edits a member; activating enqueues their teams’ backlogs; deactivating returns their work to the queue', async () => {
    const list = await call(members.GET, 'GET', '/api/v1/members', { key });
    expect(list.body.members.find((m: { id: string }) => m.id === w.people.ioana.id)).toMatchObject({ name: 'Ioana Petrescu', languages: ['ro', 'en'], teams: [{ key: 'sales' }] });

    const edited = await call(member.PATCH, 'PATCH', `/api/v1/members/${w.people.ioana.id}`, { key, params: { id: w.people.ioana.id }, body: { languages: ['ro', 'en', 'fr'], skills: ['Wholesale', 'teams_portal'], isSenior: true } });
    expect(edited.status).toBe(200);
    expect(await db.membership.findUniqueOrThrow({ where: { id: w.people.ioana.id } })).toMatchObject({ languages: ['ro', 'en', 'fr'], skills: ['wholesale', 'teams_portal'], isSenior: true });
    expectFieldError(await call(member.PATCH, 'PATCH', '/x', { key, params: { id: w.people.ioana.id }, body: { capacity: -3 } }), 'capacity');
    expectFieldError(await call(member.PATCH, 'PATCH', '/x', { key, params: { id: w.people.ioana.id }, body: { languages: ['english!'] } }), 'languages.0');

    const c = await w.conversation({ tags: ['sales_lead'], at: new Date(), teamId: w.teams.sales.id });
    await db.conversation.update({ where: { id: c.conversation.id }, data: { assigneeId: w.people.ioana.id } });
    const jobsBefore = (await backlogJobs(w.workspaceId)).length;
    const off = await call(member.PATCH, 'PATCH', '/x', { key, params: { id: w.people.ioana.id }, body: { active: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, unassigned: 1 });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: c.conversation.id } })).assigneeId).toBeNull();
    expect(await db.assignment.findFirst({ where: { conversationId: c.conversation.id, fromId: w.people.ioana.id, toId: null } })).toMatchObject({ reason: 'Ioana Petrescu was deactivated' });
    const on = await call(member.PATCH, 'PATCH', '/x', { key, params: { id: w.people.ioana.id }, body: { active: true } });
    expect(on.body.active).toBe(true);
    const jobs = (await backlogJobs(w.workspaceId)).slice(jobsBefore);
    expect(jobs.map((j) => (j.payload as { teamId: string }).teamId)).toEqual([w.teams.sales.id, w.teams.sales.id]);
    expect((await audits(w.workspaceId, 'member.update')).map((a) => Object.keys((a.data as { changes: object }).changes).sort())).toEqual([['isSenior', 'languages', 'skills'], ['active'], ['active']]);
  });
});

describe('SLA policies API', () => {
  it('creates, edits (business hours) and deletes a policy; refuses severity 7 and hours without days', async () => {
    expectFieldError(await call(slaPolicies.POST, 'POST', '/api/v1/sla-policies', { key, body: { name: 'Bad', severity: 7, firstResponseMinutes: 10 } }), 'severity');
    expectFieldError(await call(slaPolicies.POST, 'POST', '/api/v1/sla-policies', { key, body: { name: 'Bad', firstResponseMinutes: 0 } }), 'firstResponseMinutes');
    expectFieldError(await call(slaPolicies.POST, 'POST', '/api/v1/sla-policies', { key, body: { name: 'Bad', firstResponseMinutes: 60, resolutionMinutes: 30 } }), 'resolutionMinutes');
    expectFieldError(await call(slaPolicies.POST, 'POST', '/api/v1/sla-policies', { key, body: { name: 'Bad', firstResponseMinutes: 60, provider: 'fax' } }), 'provider');
    expect(await db.slaPolicy.count({ where: { workspaceId: w.workspaceId, name: 'Bad' } })).toBe(0);

    const created = await call(slaPolicies.POST, 'POST', '/api/v1/sla-policies', { key, body: { name: 'Email SEV4', severity: 4, provider: 'email', firstResponseMinutes: 480, resolutionMinutes: 2880 } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id } })).toMatchObject({ severity: 4, provider: 'email', firstResponseMinutes: 480, nextResponseMinutes: null, businessHoursOnly: false, enabled: true });

    expectFieldError(await call(slaPolicy.PATCH, 'PATCH', '/x', { key, params: { id }, body: { businessHoursOnly: true } }), 'businessHours.days');
    const hours = { timezone: 'Europe/London', days: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:30' })) };
    expectFieldError(await call(slaPolicy.PATCH, 'PATCH', '/x', { key, params: { id }, body: { businessHoursOnly: true, businessHours: { timezone: 'Europe/London', days: [{ day: 1, start: '9am', end: '17:30' }] } } }), 'businessHours.days.0.start');
    const patched = await call(slaPolicy.PATCH, 'PATCH', '/x', { key, params: { id }, body: { businessHoursOnly: true, businessHours: hours, firstResponseMinutes: 240 } });
    expect(patched.status).toBe(200);
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id } })).toMatchObject({ businessHoursOnly: true, businessHours: hours, firstResponseMinutes: 240 });
    const [audit] = await audits(w.workspaceId, 'sla_policy.update');
    expect(audit.data).toMatchObject({ changes: { firstResponseMinutes: { from: 480, to: 240 }, businessHoursOnly: { from: false, to: true } } });

    const list = await call(slaPolicies.GET, 'GET', '/api/v1/sla-policies', { key });
    expect(list.body.slaPolicies.map((p: { severity: number | null }) => p.severity)).toEqual([1, 2, 3, 4]);
    expect(await call(slaPolicy.DELETE, 'DELETE', '/x', { key, params: { id } })).toEqual({ status: 200, body: { id, deleted: true } });
    expect(await db.slaPolicy.findUnique({ where: { id } })).toBeNull();
    expect(await audits(w.workspaceId, 'sla_policy.delete')).toHaveLength(1);
  });
});

describe('tags and tag rules API', () => {
  it('creates a tag, edits its playbook entry and owner, and manages its rules', async () => {
    const created = await call(tags.POST, 'POST', '/api/v1/tags', { key, body: { key: 'refund_request', name: 'Refund request', description: 'Money back', ownerTeam: 'support', color: '#0891b2' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: 'refund_request', ownerTeam: { key: 'support' } });
    const tagId = created.body.id as string;
    expect((await call(tags.POST, 'POST', '/api/v1/tags', { key, body: { key: 'refund_request', name: 'Again' } })).status).toBe(409);
    expectFieldError(await call(tags.POST, 'POST', '/api/v1/tags', { key, body: { key: 'Refund Request', name: 'x' } }), 'key');

    const patched = await call(tag.PATCH, 'PATCH', '/x', { key, params: { id: tagId }, body: { nextSteps: '1. Send the returns label.', ownerTeam: 'sales', color: '#16a34a' } });
    expect(patched.status).toBe(200);
    expect(await db.tag.findUniqueOrThrow({ where: { id: tagId } })).toMatchObject({ nextSteps: '1. Send the returns label.', ownerTeamId: w.teams.sales.id, color: '#16a34a', key: 'refund_request' });
    expectFieldError(await call(tag.PATCH, 'PATCH', '/x', { key, params: { id: tagId }, body: { ownerTeam: 'nope' } }), 'ownerTeam');
    expectFieldError(await call(tag.PATCH, 'PATCH', '/x', { key, params: { id: tagId }, body: { color: 'red' } }), 'color');
    expect((await call(tag.PATCH, 'PATCH', '/x', { key, params: { id: tagId }, body: { key: 'other' } })).status).toBe(400);
    const [audit] = await audits(w.workspaceId, 'tag.update');
    expect(audit.data).toMatchObject({ key: 'refund_request', changes: { nextSteps: { from: '', to: '1. Send the returns label.' }, ownerTeamId: { to: w.teams.sales.id } } });

    expectFieldError(await call(tagRules.POST, 'POST', '/api/v1/tag-rules', { key, body: { tag: 'refund_request', name: 'Bad', pattern: '(refund' } }), 'pattern');
    expectFieldError(await call(tagRules.POST, 'POST', '/api/v1/tag-rules', { key, body: { tag: 'refund_request', name: 'Slow', pattern: '(a+)+$' } }), 'pattern');
    expectFieldError(await call(tagRules.POST, 'POST', '/api/v1/tag-rules', { key, body: { tag: 'refund_request', name: 'Empty' } }), 'keywords');
    expectFieldError(await call(tagRules.POST, 'POST', '/api/v1/tag-rules', { key, body: { tag: 'nope', name: 'x', keywords: ['a'] } }), 'tag');
    expectFieldError(await call(tagRules.POST, 'POST', '/api/v1/tag-rules', { key, body: { tag: 'refund_request', name: 'x', keywords: ['a'], confidence: 2 } }), 'confidence');
    expect(await db.tagRule.count({ where: { workspaceId: w.workspaceId } })).toBe(0);

    const rule = await call(tagRules.POST, 'POST', '/api/v1/tag-rules', { key, body: { tag: 'refund_request', name: 'Refund words', keywords: ['refund', 'money back', 'refund'], provider: 'email', confidence: 0.9 } });
    expect(rule.status).toBe(201);
    const ruleId = rule.body.id as string;
    expect(await db.tagRule.findUniqueOrThrow({ where: { id: ruleId } })).toMatchObject({ tagId, keywords: ['refund', 'money back'], provider: 'email', confidence: 0.9, enabled: true });
    const edited = await call(tagRule.PATCH, 'PATCH', '/x', { key, params: { id: ruleId }, body: { pattern: '\\bchargeback\\b', keywords: [], minFollowers: 1000 } });
    expect(edited.status).toBe(200);
    expect(await db.tagRule.findUniqueOrThrow({ where: { id: ruleId } })).toMatchObject({ keywords: [], pattern: '\\bchargeback\\b', minFollowers: 1000 });
    expectFieldError(await call(tagRule.PATCH, 'PATCH', '/x', { key, params: { id: ruleId }, body: { pattern: null } }), 'keywords');
    const listed = await call(tagRules.GET, 'GET', '/api/v1/tag-rules?tag=refund_request', { key });
    expect(listed.body.tagRules).toHaveLength(1);
    expect((await call(tags.GET, 'GET', '/api/v1/tags', { key })).body.tags.find((t: { key: string }) => t.key === 'refund_request')).toMatchObject({ ruleCount: 1 });
    expect(await call(tagRule.DELETE, 'DELETE', '/x', { key, params: { id: ruleId } })).toEqual({ status: 200, body: { id: ruleId, deleted: true } });
    expect(await db.tagRule.count({ where: { workspaceId: w.workspaceId } })).toBe(0);
    for (const action of ['tag.create', 'tag_rule.create', 'tag_rule.update', 'tag_rule.delete']) expect(await audits(w.workspaceId, action)).toHaveLength(1);
  });
});

describe('roles and tenancy', () => {
  it('an agent key may read but not write (403), and nothing changes', async () => {
    const rule = await db.routingRule.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
    const policy = await db.slaPolicy.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
    const anyTag = await db.tag.findFirstOrThrow({ where: { workspaceId: w.workspaceId } });
    const auditsBefore = await db.auditEvent.count({ where: { workspaceId: w.workspaceId } });
    const writes: [Handler, string, Record<string, string>, unknown][] = [
      [routingRules.POST, 'POST', {}, { name: 'x', action: { teamKey: 'sales' } }],
      [routingRule.PATCH, 'PATCH', { id: rule.id }, { name: 'hijacked' }],
      [routingRule.DELETE, 'DELETE', { id: rule.id }, undefined],
      [shifts.POST, 'POST', {}, { membershipId: w.people.dana.id, timezone: 'UTC', weeklyHours: [{ day: 1, start: '00:00', end: '01:00' }] }],
      [team.PATCH, 'PATCH', { id: w.teams.sales.id }, { assignmentMode: 'manual' }],
      [teamMember.PUT, 'PUT', { id: w.teams.sales.id, membershipId: w.people.agent.id }, { capacity: 50 }],
      [member.PATCH, 'PATCH', { id: w.people.agent.id }, { capacity: 50 }],
      [slaPolicies.POST, 'POST', {}, { name: 'x', firstResponseMinutes: 1 }],
      [slaPolicy.PATCH, 'PATCH', { id: policy.id }, { firstResponseMinutes: 1 }],
      [tags.POST, 'POST', {}, { key: 'agent_tag', name: 'x' }],
      [tag.PATCH, 'PATCH', { id: anyTag.id }, { description: 'x' }],
      [tagRules.POST, 'POST', {}, { tag: anyTag.key, name: 'x', keywords: ['x'] }],
    ];
    for (const [handler, method, params, body] of writes) {
      const a = await call(handler, method, '/x', { key: agentKey, params, body });
      expect(a.status, `${method} ${JSON.stringify(params)}`).toBe(403);
      expect(a.body.error.code).toBe('forbidden');
    }
    expect((await call(members.GET, 'GET', '/x', { key: agentKey })).status).toBe(403);
    for (const h of [routingRules.GET, shifts.GET, teams.GET, slaPolicies.GET, tags.GET, tagRules.GET, handoffs.GET]) expect((await call(h, 'GET', '/x', { key: agentKey })).status).toBe(200);
    expect(await db.auditEvent.count({ where: { workspaceId: w.workspaceId } })).toBe(auditsBefore);
    expect(await db.routingRule.findUniqueOrThrow({ where: { id: rule.id } })).toEqual(rule);
  });

  it('another workspace’s ids answer 404 and its rows stay as they were', async () => {
    const o = other.workspace.id;
    const rule = await db.routingRule.create({ data: { workspaceId: o, name: 'theirs', action: { teamKey: 'support' } } });
    const sh = await db.shift.create({ data: { workspaceId: o, membershipId: other.agent.membership.id, timezone: 'UTC', weeklyHours: [{ day: 1, start: '09:00', end: '17:00' }] } });
    const pol = await db.slaPolicy.create({ data: { workspaceId: o, name: 'theirs', firstResponseMinutes: 60 } });
    const tg = await db.tag.create({ data: { workspaceId: o, key: 'theirs', name: 'theirs' } });
    const tr = await db.tagRule.create({ data: { workspaceId: o, tagId: tg.id, name: 'theirs', keywords: ['x'] } });
    const { conversation } = await createTestConversation(o, other.channel.id);
    const h = await db.handoff.create({ data: { workspaceId: o, conversationId: conversation.id, teamId: other.team.id, note: 'theirs' } });
    const cases: [Handler, string, Record<string, string>, unknown][] = [
      [routingRule.PATCH, 'PATCH', { id: rule.id }, { name: 'mine now' }],
      [routingRule.DELETE, 'DELETE', { id: rule.id }, undefined],
      [shift.PATCH, 'PATCH', { id: sh.id }, { name: 'mine now' }],
      [shift.DELETE, 'DELETE', { id: sh.id }, undefined],
      [team.PATCH, 'PATCH', { id: other.team.id }, { name: 'mine now' }],
      [teamMember.PUT, 'PUT', { id: other.team.id, membershipId: other.agent.membership.id }, { capacity: 99 }],
      [teamMember.DELETE, 'DELETE', { id: other.team.id, membershipId: other.agent.membership.id }, undefined],
      [member.PATCH, 'PATCH', { id: other.agent.membership.id }, { capacity: 99 }],
      [slaPolicy.PATCH, 'PATCH', { id: pol.id }, { name: 'mine now' }],
      [slaPolicy.DELETE, 'DELETE', { id: pol.id }, undefined],
      [tag.PATCH, 'PATCH', { id: tg.id }, { description: 'mine now' }],
      [tagRule.PATCH, 'PATCH', { id: tr.id }, { name: 'mine now' }],
      [tagRule.DELETE, 'DELETE', { id: tr.id }, undefined],
      [handoffRoute.POST, 'POST', { id: conversation.id }, { note: 'mine now', teamId: w.teams.sales.id }],
      [acceptRoute.POST, 'POST', { id: h.id }, { membershipId: w.people.dana.id }],
    ];
    for (const [handler, method, params, body] of cases) {
      const a = await call(handler, method, '/x', { key, params, body });
      expect(a.status, `${method} ${JSON.stringify(params)}: ${JSON.stringify(a.body)}`).toBe(404);
    }
    expect(await db.routingRule.findUniqueOrThrow({ where: { id: rule.id } })).toEqual(rule);
    expect(await db.shift.findUniqueOrThrow({ where: { id: sh.id } })).toEqual(sh);
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id: pol.id } })).toEqual(pol);
    expect(await db.tag.findUniqueOrThrow({ where: { id: tg.id } })).toEqual(tg);
    expect(await db.tagRule.findUniqueOrThrow({ where: { id: tr.id } })).toEqual(tr);
    expect((await db.team.findUniqueOrThrow({ where: { id: other.team.id } })).name).toBe('Support');
    expect((await db.membership.findUniqueOrThrow({ where: { id: other.agent.membership.id } })).capacity).toBe(10);
    expect(await db.handoff.findUniqueOrThrow({ where: { id: h.id } })).toEqual(h);
    expect(await db.auditEvent.count({ where: { workspaceId: o } })).toBe(0);
  });
});

describe('handoffs API', () => {
  it('hands a conversation off with a note, lists it as open, and accepts it on behalf of a member', async () => {
    const c = await w.conversation({ tags: ['sales_lead'], at: new Date(), teamId: w.teams.sales.id, text: 'Quote for 40 fleeces?' });
    expectFieldError(await call(handoffRoute.POST, 'POST', '/x', { key, params: { id: c.conversation.id }, body: { toId: w.people.dana.id, note: '  ' } }), 'note');
    const made = await call(handoffRoute.POST, 'POST', '/x', { key, params: { id: c.conversation.id }, body: { toId: w.people.dana.id, note: 'Wants 40 fleeces by Friday' } });
    expect(made.status).toBe(201);
    const handoffId = made.body.id as string;
    expect(await db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).toMatchObject({ toId: w.people.dana.id, teamId: w.teams.sales.id, note: 'Wants 40 fleeces by Friday', acceptedAt: null });

    const open = await call(handoffs.GET, 'GET', `/api/v1/handoffs?toId=${w.people.dana.id}`, { key });
    expect(open.body.handoffs.map((h: { id: string }) => h.id)).toContain(handoffId);
    expect(open.body.handoffs.find((h: { id: string }) => h.id === handoffId)).toMatchObject({ note: 'Wants 40 fleeces by Friday', to: { name: 'Dana Kim' }, conversation: { preview: 'Quote for 40 fleeces?' } });

    const noPerson = await call(acceptRoute.POST, 'POST', '/x', { key, params: { id: handoffId } });
    expectFieldError(noPerson, 'membershipId');
    expect(noPerson.body.error.message).toContain('An API key is not a person');
    expect((await call(acceptRoute.POST, 'POST', '/x', { key: agentKey, params: { id: handoffId }, body: { membershipId: w.people.dana.id } })).status).toBe(403);
    // Luis is in Sales too, but it was handed to Dana by name.
    expect((await call(acceptRoute.POST, 'POST', '/x', { key, params: { id: handoffId }, body: { membershipId: w.people.luis.id } })).status).toBe(403);
    const accepted = await call(acceptRoute.POST, 'POST', '/x', { key, params: { id: handoffId }, body: { membershipId: w.people.dana.id } });
    expect(accepted).toMatchObject({ status: 200, body: { handoffId, assigneeId: w.people.dana.id, changed: true } });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: c.conversation.id } })).assigneeId).toBe(w.people.dana.id);
    expect(await db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).toMatchObject({ acceptedById: w.people.dana.id });
    const [audit] = await audits(w.workspaceId, 'handoff.accept_on_behalf');
    expect(audit).toMatchObject({ actorType: 'api_key', targetId: handoffId, data: { membershipId: w.people.dana.id } });
    expect((await call(handoffs.GET, 'GET', '/x', { key })).body.handoffs.some((h: { id: string }) => h.id === handoffId)).toBe(false);
  });
});
