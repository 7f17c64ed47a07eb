// A small care desk for routing and SLA tests, modelled on the demo: Sales
// (round robin) with reps in London, Bucharest and New York, Incident
// response (least loaded) with a senior on call day and night, Support with
// an unscheduled agent (always available), a manager, demo-like routing rules
// and SLA policies per severity. Built on createTestWorkspace, so each test
// gets its own workspace.
import crypto from 'node:crypto';
import { db } from '@/lib/db';
import { createTestWorkspace } from './create-test-workspace';

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) => days.map((day) => ({ day, start, end }));

export async function createRoutingWorkspace() {
  const ws = await createTestWorkspace();
  const workspaceId = ws.workspace.id;
  await db.workspace.update({ where: { id: workspaceId }, data: { timezone: 'Europe/London' } });
  const suffix = crypto.randomBytes(3).toString('hex');

  const person = async (name: string, role: 'agent' | 'manager', extra: { languages?: string[]; isSenior?: boolean; capacity?: number } = {}) => {
    const user = await db.user.create({ data: { email: `${name.split(' ')[0].toLowerCase()}-${suffix}@example.test`, name, passwordHash: 'x' } });
    return db.membership.create({ data: { workspaceId, userId: user.id, role, languages: extra.languages ?? ['en'], isSenior: extra.isSenior ?? false, capacity: extra.capacity ?? 12 } });
  };
  const marcus = await person('Marcus Reed', 'manager');
  const dana = await person('Dana Kim', 'agent', { languages: ['en', 'ja'] });
  const ioana = await person('Ioana Petrescu', 'agent', { languages: ['ro', 'en'] });
  const luis = await person('Luis Ortega', 'agent', { languages: ['es', 'en'] });
  const tomas = await person('Tomás Silva', 'agent', { isSenior: true, capacity: 15 });

  const sales = await db.team.create({ data: { workspaceId, key: 'sales', name: 'Sales', assignmentMode: 'round_robin', managerId: marcus.id } });
  const incident = await db.team.create({ data: { workspaceId, key: 'incident', name: 'Incident response', assignmentMode: 'least_loaded', managerId: ws.admin.membership.id } });
  const support = ws.team;
  await db.team.update({ where: { id: support.id }, data: { managerId: marcus.id } });
  for (const m of [dana, ioana, luis]) await db.teamMember.create({ data: { teamId: sales.id, membershipId: m.id } });
  await db.teamMember.create({ data: { teamId: incident.id, membershipId: tomas.id, isLead: true } });

  const shift = (membershipId: string, name: string, timezone: string, weeklyHours: object[], extra: { onCall?: boolean; teamId?: string } = {}) =>
    db.shift.create({ data: { workspaceId, membershipId, name, timezone, weeklyHours, ...extra } });
  await shift(dana.id, 'Sales mornings', 'Europe/London', weekdays('08:00', '16:30'));
  await shift(ioana.id, 'EU early', 'Europe/Bucharest', weekdays('08:00', '16:00'));
  await shift(luis.id, 'Americas', 'America/New_York', weekdays('09:00', '17:30'));
  await shift(tomas.id, 'Office hours', 'Europe/Lisbon', weekdays('08:00', '17:00'));
  await shift(tomas.id, 'Incident on-call', 'Europe/Lisbon', weekdays('00:00', '23:59', [0, 1, 2, 3, 4, 5, 6]), { onCall: true, teamId: incident.id });

  const rules = [
    { name: 'SEV1 pages the senior on call', conditions: { severityAtMost: 1 }, action: { teamKey: 'incident', escalateToOnCall: true } },
    { name: 'Incidents → Incident response', conditions: { tags: ['incident'] }, action: { teamKey: 'incident' } },
    { name: 'Sales leads → Sales', conditions: { tags: ['sales_lead'] }, action: { teamKey: 'sales' } },
    { name: 'Technical issues → Support', conditions: { tags: ['technical_issue'] }, action: { teamKey: 'support' } },
    { name: 'Romanian needs a Romanian speaker', conditions: { languages: ['ro'] }, action: { requireLanguage: 'ro' } },
  ];
  for (const [position, r] of rules.entries()) await db.routingRule.create({ data: { workspaceId, position, ...r } });

  const tags: Record<string, string> = {};
  for (const key of ['sales_lead', 'incident', 'technical_issue']) {
    tags[key] = (await db.tag.create({ data: { workspaceId, key, name: key } })).id;
  }
  await db.slaPolicy.createMany({
    data: [
      { workspaceId, name: 'SEV1 · Critical', severity: 1, firstResponseMinutes: 15, nextResponseMinutes: 30, resolutionMinutes: 240 },
      { workspaceId, name: 'SEV2 · High', severity: 2, firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 1440 },
      { workspaceId, name: 'SEV3 · Normal', severity: 3, firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 1440 },
    ],
  });

  // A conversation as triage leaves it: tagged, with severity and language.
  const conversation = async (o: { tags?: string[]; severity?: number; language?: string; at: Date; text?: string; contactName?: string; teamId?: string }) => {
    const contact = await db.contact.create({ data: { workspaceId, name: o.contactName ?? 'Ana Costa' } });
    const c = await db.conversation.create({
      data: {
        workspaceId,
        channelId: ws.channel.id,
        contactId: contact.id,
        preview: o.text ?? 'We would like a quote for 300 jackets',
        severity: o.severity ?? 3,
        language: o.language ?? 'en',
        messageCount: 1,
        lastInboundAt: o.at,
        lastMessageAt: o.at,
        waitingSince: o.at,
        createdAt: o.at,
        teamId: o.teamId,
      },
    });
    const message = await db.message.create({
      data: { workspaceId, conversationId: c.id, channelId: ws.channel.id, direction: 'in', contactId: contact.id, text: o.text ?? 'We would like a quote for 300 jackets', providerMessageId: crypto.randomUUID(), sentAt: o.at, createdAt: o.at },
    });
    for (const key of o.tags ?? []) {
      await db.tagApplication.create({ data: { workspaceId, conversationId: c.id, messageId: message.id, tagId: tags[key], source: 'model', confidence: 0.9, reason: 'test' } });
    }
    return { conversation: c, message, contact };
  };

  return { ...ws, workspaceId, people: { marcus, dana, ioana, luis, tomas, admin: ws.admin.membership, agent: ws.agent.membership }, teams: { sales, incident, support }, tags, conversation };
}

export type RoutingWorkspace = Awaited<ReturnType<typeof createRoutingWorkspace>>;

// A workspace-scoped context for the lib use cases, as the API wrapper builds it.
export async function callerFor(workspaceId: string, membershipId: string) {
  const { scopedDb } = await import('@/lib/tenancy');
  const m = await db.membership.findUniqueOrThrow({ where: { id: membershipId }, include: { user: true } });
  return {
    workspaceId,
    role: m.role,
    actor: { type: 'user' as const, userId: m.userId, membershipId: m.id, name: m.user.name, email: m.user.email },
    db: scopedDb(workspaceId),
  };
}
