// GET /api/v1/conversations and /api/v1/conversations/:id through the real
// wrapper and a real database: filters, ordering, cursor paging, the detail
// shape, and 4xx JSON for bad input without writing anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encodeCursor } from '@/lib/api/cursor';
import { formatMinutes } from '@/lib/triage/compute-priority';
import { GET as listRoute } from '@/app/api/v1/conversations/route';
import { GET as detailRoute } from '@/app/api/v1/conversations/[id]/route';
import { callRoute, isErrorBody } from '../helpers/call-route';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;
type Spec = {
  i: number;
  id: string;
  priority: number;
  lastMessageAt: Date;
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  severity: number;
  teamKey: 'support' | 'sales' | null;
  assignee: 'agent' | 'admin' | null;
  provider: 'api' | 'whatsapp' | 'email';
  tags: string[]; // active tags
};

let ws: Ws;
let specs: Spec[];
let ids: { salesTeam: string; whatsapp: string; email: string };
const base = new Date('2026-11-02T08:00:00Z');

// 30 conversations with deliberately equal priorities (6 per value) and equal
// lastMessageAt (3 per minute) so that paging must use the id tie-breaker.
beforeAll(async () => {
  ws = await createTestWorkspace();
  const wid = ws.workspace.id;
  const sales = await db.team.create({ data: { workspaceId: wid, key: 'sales', name: 'Sales' } });
  const whatsapp = await db.channel.create({ data: { workspaceId: wid, provider: 'whatsapp', name: 'WhatsApp' } });
  const email = await db.channel.create({ data: { workspaceId: wid, provider: 'email', name: 'Email' } });
  ids = { salesTeam: sales.id, whatsapp: whatsapp.id, email: email.id };
  const tags = Object.fromEntries(
    await Promise.all(
      ['sales_lead', 'incident', 'ugc'].map(async (key) => [key, (await db.tag.create({ data: { workspaceId: wid, key, name: key.replace('_', ' ') } })).id]),
    ),
  ) as Record<string, string>;
  const contact = await db.contact.create({ data: { workspaceId: wid, name: 'Ana Popescu' } });
  const channelFor = { api: ws.channel.id, whatsapp: whatsapp.id, email: email.id };
  const teamFor = { support: ws.team.id, sales: sales.id };
  const memberFor = { agent: ws.agent.membership.id, admin: ws.admin.membership.id };

  specs = [];
  for (let i = 0; i < 30; i++) {
    const s: Omit<Spec, 'id'> = {
      i,
      priority: (i % 5) * 1000,
      lastMessageAt: new Date(base.getTime() + (i % 10) * 60_000),
      status: i === 29 ? 'snoozed' : (['open', 'pending', 'resolved'] as const)[i % 3],
      severity: 1 + (i % 4),
      teamKey: i % 7 <= 2 ? 'support' : i % 7 <= 4 ? 'sales' : null,
      assignee: i % 6 <= 1 ? 'agent' : i % 6 === 2 ? 'admin' : null,
      provider: (['api', 'whatsapp', 'email'] as const)[Math.floor(i / 10)],
      tags: [...(i % 4 === 0 ? ['sales_lead'] : []), ...(i % 5 === 0 ? ['incident'] : []), ...(i === 5 ? ['ugc'] : [])],
    };
    const c = await db.conversation.create({
      data: {
        workspaceId: wid,
        channelId: channelFor[s.provider],
        contactId: contact.id,
        status: s.status,
        snoozedUntil: s.status === 'snoozed' ? new Date(Date.now() + 86_400_000) : null,
        severity: s.severity,
        priority: s.priority,
        teamId: s.teamKey ? teamFor[s.teamKey] : null,
        assigneeId: s.assignee ? memberFor[s.assignee] : null,
        lastMessageAt: s.lastMessageAt,
        preview: `conversation ${i}`,
      },
    });
    for (const key of s.tags) {
      await db.tagApplication.create({ data: { workspaceId: wid, conversationId: c.id, tagId: tags[key], source: 'model', confidence: 0.9, reason: `test ${key}` } });
    }
    // A removed ugc tag must not count for tag=ugc.
    if (i % 9 === 0) {
      await db.tagApplication.create({ data: { workspaceId: wid, conversationId: c.id, tagId: tags.ugc, source: 'model', removedAt: new Date() } });
    }
    specs.push({ ...s, id: c.id });
  }
});

const list = (query: string, key = ws.apiKey) => callRoute(listRoute, `/api/v1/conversations${query}`, { key });
const idsWhere = (pred: (s: Spec) => boolean) => specs.filter(pred).map((s) => s.id).sort();
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(query: string, limit: number) {
  const seen: string[] = [];
  const pageSizes: number[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const sep = query ? '&' : '?';
    const r = await list(`${query}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    seen.push(...r.body.items.map((c: { id: string }) => c.id));
    pageSizes.push(r.body.items.length);
    cursor = r.body.nextCursor;
    if (!cursor) break;
  }
  return { seen, pageSizes };
}

async function filtered(query: string): Promise<string[]> {
  const { seen } = await walk(query, 100);
  return seen.sort();
}

describe('GET /api/v1/conversations: order and paging', () => {
  it('orders by priority, most urgent first, ties by id, and walks every page without duplicates or gaps', async () => {
    const expected = [...specs].sort((a, b) => b.priority - a.priority || cmp(a.id, b.id)).map((s) => s.id);
    const { seen, pageSizes } = await walk('', 7);
    expect(pageSizes).toEqual([7, 7, 7, 7, 2]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected);
  });

  it('does not end with an empty page when the last page is exactly full', async () => {
    const { seen, pageSizes } = await walk('', 10);
    expect(pageSizes).toEqual([10, 10, 10]);
    expect(seen).toHaveLength(30);
  });

  it('sorts by last message, newest or oldest first, ties by id, across pages', async () => {
    const newest = [...specs].sort((a, b) => b.lastMessageAt.getTime() - a.lastMessageAt.getTime() || cmp(b.id, a.id)).map((s) => s.id);
    expect((await walk('?sort=newest', 4)).seen).toEqual(newest);
    expect((await walk('?sort=oldest', 4)).seen).toEqual([...newest].reverse());
  });

  it('pages through a filtered list too', async () => {
    const expected = specs.filter((s) => s.status === 'open').sort((a, b) => b.priority - a.priority || cmp(a.id, b.id)).map((s) => s.id);
    const { seen, pageSizes } = await walk('?status=open', 3);
    expect(seen).toEqual(expected);
    expect(pageSizes.length).toBe(Math.ceil(expected.length / 3));
  });

  it('defaults to 25 items and bounds limit to 1..100', async () => {
    const r = await list('');
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(25);
    expect(typeof r.body.nextCursor).toBe('string');
    expect((await list('?limit=1')).body.items).toHaveLength(1);
    expect((await list('?limit=100')).body.items).toHaveLength(30);
    for (const bad of ['0', '101', '-1', 'ten', '2.5', '']) {
      const res = await list(`?limit=${bad}`);
      expect(res.status, `limit=${bad}`).toBe(400);
      expect(isErrorBody(res.body)).toBe(true);
    }
  });
});

describe('GET /api/v1/conversations: filters', () => {
  it('filters by status', async () => {
    for (const status of ['open', 'pending', 'snoozed', 'resolved'] as const) {
      expect(await filtered(`?status=${status}`)).toEqual(idsWhere((s) => s.status === status));
    }
  });

  it('filters by tag, ignoring removed tags', async () => {
    expect(await filtered('?tag=sales_lead')).toEqual(idsWhere((s) => s.tags.includes('sales_lead')));
    expect(await filtered('?tag=incident')).toEqual(idsWhere((s) => s.tags.includes('incident')));
    expect(await filtered('?tag=ugc')).toEqual([specs[5].id]);
  });

  it('filters by severity', async () => {
    for (const sev of [1, 2, 3, 4]) expect(await filtered(`?severity=${sev}`)).toEqual(idsWhere((s) => s.severity === sev));
  });

  it('filters by assignee: a member id, or none for unassigned', async () => {
    expect(await filtered(`?assignee=${ws.agent.membership.id}`)).toEqual(idsWhere((s) => s.assignee === 'agent'));
    expect(await filtered(`?assignee=${ws.admin.membership.id}`)).toEqual(idsWhere((s) => s.assignee === 'admin'));
    expect(await filtered('?assignee=none')).toEqual(idsWhere((s) => s.assignee === null));
  });

  it('filters by team, by key or by id', async () => {
    expect(await filtered('?team=support')).toEqual(idsWhere((s) => s.teamKey === 'support'));
    expect(await filtered(`?team=${ws.team.id}`)).toEqual(idsWhere((s) => s.teamKey === 'support'));
    expect(await filtered(`?team=${ids.salesTeam}`)).toEqual(idsWhere((s) => s.teamKey === 'sales'));
  });

  it('filters by channel, by provider or by channel id', async () => {
    expect(await filtered('?channel=whatsapp')).toEqual(idsWhere((s) => s.provider === 'whatsapp'));
    expect(await filtered(`?channel=${ids.email}`)).toEqual(idsWhere((s) => s.provider === 'email'));
    expect(await filtered(`?channel=${ws.channel.id}`)).toEqual(idsWhere((s) => s.provider === 'api'));
    // A provider the workspace has no channel for is a valid, empty filter.
    expect(await filtered('?channel=sms')).toEqual([]);
  });

  it('combines filters with AND', async () => {
    expect(await filtered('?status=open&team=support&assignee=none')).toEqual(
      idsWhere((s) => s.status === 'open' && s.teamKey === 'support' && s.assignee === null),
    );
    const combo = idsWhere((s) => s.tags.includes('sales_lead') && s.provider === 'email' && s.severity === 1);
    expect(combo.length).toBeGreaterThan(0);
    expect(await filtered('?tag=sales_lead&channel=email&severity=1')).toEqual(combo);
    expect(await filtered(`?status=resolved&assignee=${ws.agent.membership.id}&channel=api&tag=incident&severity=1&team=support`)).toEqual(
      idsWhere((s) => s.status === 'resolved' && s.assignee === 'agent' && s.provider === 'api' && s.tags.includes('incident') && s.severity === 1 && s.teamKey === 'support'),
    );
  });

  it('answers with the summary shape', async () => {
    const r = await list(`?tag=ugc`);
    const item = r.body.items[0];
    expect(item).toMatchObject({
      id: specs[5].id,
      status: specs[5].status,
      severity: specs[5].severity,
      priority: specs[5].priority,
      preview: 'conversation 5',
      lastMessageAt: specs[5].lastMessageAt.toISOString(),
      channel: { provider: 'api', id: ws.channel.id },
      contact: { name: 'Ana Popescu' },
      team: specs[5].teamKey ? { key: specs[5].teamKey } : null,
    });
    expect(item.tags).toEqual([
      expect.objectContaining({ key: 'incident', name: 'incident', source: 'model', confidence: 0.9, reason: 'test incident' }),
      expect.objectContaining({ key: 'ugc', source: 'model' }),
    ]);
    const assigned = (await list(`?assignee=${ws.agent.membership.id}&limit=1`)).body.items[0];
    expect(assigned.assignee).toEqual({ id: ws.agent.membership.id, name: ws.agent.user.name });
  });
});

describe('GET /api/v1/conversations: bad input', () => {
  const tableCounts = async () =>
    Promise.all([db.conversation.count(), db.message.count(), db.conversationEvent.count(), db.tagApplication.count(), db.assignment.count(), db.outbox.count(), db.contact.count()]);

  it('answers 400 with the JSON error shape, never 500, and writes nothing', async () => {
    const before = await tableCounts();
    const cases: [string, RegExp][] = [
      ['?bogus=1', /invalid_input/],
      ['?status=closed', /invalid_input/],
      ['?status=open&status=pending', /invalid_input/],
      ['?severity=5', /invalid_input/],
      ['?severity=0', /invalid_input/],
      ['?severity=high', /invalid_input/],
      ['?sort=random', /invalid_input/],
      ['?tag=', /invalid_input/],
      ['?tag=nope', /bad_request/],
      ['?team=nope', /bad_request/],
      ['?channel=nope', /bad_request/],
      ['?assignee=nope', /bad_request/],
      ['?assignee=me', /bad_request/],
      [`?team=${'x'.repeat(65)}`, /invalid_input/],
      ['?cursor=!!!not-base64!!!', /bad_request/],
      [`?cursor=${Buffer.from(crypto.getRandomValues(new Uint8Array(30))).toString('base64url')}`, /bad_request/],
      [`?cursor=${Buffer.from('{"priority":1000}').toString('base64url')}`, /bad_request/],
      [`?cursor=${Buffer.from('[1000]').toString('base64url')}`, /bad_request/],
      // A newest-order cursor handed to the priority order, and the reverse.
      [`?cursor=${encodeCursor([base.toISOString(), specs?.[0]?.id ?? 'x'])}`, /bad_request/],
      [`?sort=newest&cursor=${encodeCursor([1000, 'x'])}`, /bad_request/],
      [`?cursor=${'A'.repeat(501)}`, /invalid_input/],
    ];
    for (const [query, code] of cases) {
      const r = await list(query);
      expect(r.status, `${query} → ${JSON.stringify(r.body)}`).toBe(400);
      expect(isErrorBody(r.body), query).toBe(true);
      expect(r.body.error.code, query).toMatch(code);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('explains what was wrong', async () => {
    expect((await list('?tag=nope')).body.error.message).toContain('Unknown tag "nope"');
    expect((await list('?assignee=me')).body.error.message).toMatch(/assignee=me/);
    expect((await list('?bogus=1')).body.error.details).toEqual([expect.objectContaining({ message: expect.stringMatching(/bogus/) })]);
  });
});

describe('GET /api/v1/conversations/:id', () => {
  const detail = (id: string, key = ws.apiKey) => callRoute(detailRoute, `/api/v1/conversations/${id}`, { key, params: { id } });

  it('returns messages in order, tags with source, confidence and reason, severity, priority, team, assignee and timeline', async () => {
    const wid = ws.workspace.id;
    const contact = await db.contact.create({ data: { workspaceId: wid, name: 'Wei Zhang', isVip: true } });
    await db.contactIdentity.create({ data: { workspaceId: wid, contactId: contact.id, provider: 'whatsapp', externalId: '+8613800000000', phone: '+8613800000000' } });
    const now = Date.now();
    // The nearest deadline falls on a Wednesday and the other on the Thursday
    // after: sorting Dates as strings would pick Thursday ("Thu" < "Wed").
    let near = new Date(now + 2 * 86_400_000 + 30 * 60_000);
    while (near.toString().slice(0, 3) !== 'Wed') near = new Date(near.getTime() + 86_400_000);
    const far = new Date(near.getTime() + 86_400_000);
    const conv = await db.conversation.create({
      data: {
        workspaceId: wid,
        channelId: ids.whatsapp,
        contactId: contact.id,
        severity: 2,
        priority: 300_012_345,
        teamId: ids.salesTeam,
        assigneeId: ws.agent.membership.id,
        subject: 'Quote for 300 seats',
        firstResponseDueAt: far,
        nextResponseDueAt: near,
      },
    });
    const t0 = new Date(now - 3600_000);
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    // Inserted out of order on purpose.
    const mk = (min: number, direction: 'in' | 'out' | 'note', text: string, authorId?: string) =>
      db.message.create({
        data: { workspaceId: wid, conversationId: conv.id, channelId: ids.whatsapp, direction, text, authorId, contactId: direction === 'in' ? contact.id : null, createdAt: at(min), providerMessageId: direction === 'note' ? null : `wamid.${min}` },
      });
    await mk(20, 'note', 'Sales, please take this one', ws.admin.membership.id);
    await mk(0, 'in', 'We need a quote for 300 seats');
    await mk(10, 'out', 'Happy to help!', ws.agent.membership.id);
    const [lead, incident, ugc] = await Promise.all(['sales_lead', 'incident', 'ugc'].map((key) => db.tag.findFirstOrThrow({ where: { workspaceId: wid, key } })));
    await db.tagApplication.create({ data: { workspaceId: wid, conversationId: conv.id, tagId: lead.id, source: 'model', confidence: 0.87, reason: 'asked for a quote for 300 seats', appliedAt: at(1) } });
    await db.tagApplication.create({ data: { workspaceId: wid, conversationId: conv.id, tagId: incident.id, source: 'rule', confidence: 0.95, reason: 'keyword "outage"', appliedAt: at(2) } });
    await db.tagApplication.create({ data: { workspaceId: wid, conversationId: conv.id, tagId: ugc.id, source: 'agent', appliedAt: at(3), removedAt: at(4), removedById: ws.agent.membership.id } });
    await db.conversationEvent.create({ data: { workspaceId: wid, conversationId: conv.id, kind: 'routing', summary: 'Routed to Sales: tag sales_lead', createdAt: at(2) } });
    await db.conversationEvent.create({ data: { workspaceId: wid, conversationId: conv.id, kind: 'tagged', summary: 'Tagged sales_lead', createdAt: at(1) } });

    const r = await detail(conv.id);
    expect(r.status).toBe(200);
    const c = r.body;
    expect(c).toMatchObject({
      id: conv.id,
      severity: 2,
      priority: 300_012_345,
      subject: 'Quote for 300 seats',
      status: 'open',
      team: { id: ids.salesTeam, key: 'sales', name: 'Sales' },
      assignee: { id: ws.agent.membership.id, name: ws.agent.user.name, email: ws.agent.email },
      channel: { id: ids.whatsapp, provider: 'whatsapp' },
      contact: { id: contact.id, name: 'Wei Zhang', isVip: true, identities: [expect.objectContaining({ provider: 'whatsapp', phone: '+8613800000000' })] },
    });
    expect(c.messages.map((m: { text: string }) => m.text)).toEqual(['We need a quote for 300 seats', 'Happy to help!', 'Sales, please take this one']);
    expect(c.messages.map((m: { direction: string }) => m.direction)).toEqual(['in', 'out', 'note']);
    expect(c.messages[1].author).toEqual({ id: ws.agent.membership.id, name: ws.agent.user.name });
    expect(c.messages[0]).toMatchObject({ provider: 'whatsapp', providerMessageId: 'wamid.0', contactId: contact.id, author: null });
    expect(c.tags).toEqual([
      expect.objectContaining({ key: 'sales_lead', name: 'sales lead', source: 'model', confidence: 0.87, reason: 'asked for a quote for 300 seats' }),
      expect.objectContaining({ key: 'incident', source: 'rule', confidence: 0.95, reason: 'keyword "outage"' }),
    ]);
    expect(c.tagHistory).toHaveLength(3);
    expect(c.tagHistory[2]).toMatchObject({ key: 'ugc', source: 'agent', removedById: ws.agent.membership.id });
    expect(c.timeline.map((e: { kind: string }) => e.kind)).toEqual(['tagged', 'routing']);
    expect(c.events).toBeUndefined();
    expect(c.tagApplications).toBeUndefined();
    // Priority reasons name the nearest deadline, not the other one.
    const minutesLeft = (near.getTime() - Date.now()) / 60_000;
    expect(c.priorityReasons[0]).toBe('SEV2');
    expect(c.priorityReasons).toContain(`SLA due in ${formatMinutes(minutesLeft)}`);
  });

  it('shows the newest messages of a very long thread, in reading order', async () => {
    const wid = ws.workspace.id;
    const contact = await db.contact.create({ data: { workspaceId: wid, name: 'Chatty' } });
    const conv = await db.conversation.create({ data: { workspaceId: wid, channelId: ws.channel.id, contactId: contact.id } });
    const t0 = Date.now() - 600 * 60_000;
    await db.message.createMany({
      data: Array.from({ length: 505 }, (_, n) => ({ workspaceId: wid, conversationId: conv.id, channelId: ws.channel.id, direction: 'in' as const, text: `m${n}`, createdAt: new Date(t0 + n * 60_000) })),
    });
    const r = await detail(conv.id);
    expect(r.status).toBe(200);
    expect(r.body.messages).toHaveLength(500);
    expect(r.body.messages[0].text).toBe('m5');
    expect(r.body.messages[499].text).toBe('m504');
  });

  it('answers 404 JSON for an unknown id and 400 for an oversized one', async () => {
    const missing = await detail('0190aaaa-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'not_found', message: 'Conversation not found' } });
    const junk = await detail("'; drop table \"Conversation\"; --");
    expect(junk.status).toBe(404);
    const long = await detail('x'.repeat(65));
    expect(long.status).toBe(400);
    expect(isErrorBody(long.body)).toBe(true);
  });
});
