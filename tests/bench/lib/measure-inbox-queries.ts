// The database half of the inbox benchmark: the real lib functions
// (listConversations, getConversation, countInboxViews, searchInbox) on the
// huge workspace, warm, sequential calls. Import after DATABASE_URL is set.
import pg from 'pg';
import { measure, type Sample } from './measure';

export const LIST_GOAL_MS = 50;
export const CONVERSATION_GOAL_MS = 100;

type Filters = Record<string, string | number>;

export async function measureInboxQueries(
  url: string,
  opts: { runs: number; log: (s: string) => void; only?: string },
): Promise<{ samples: Sample[]; facts: Record<string, unknown> }> {
  const { scopedDb } = await import('@/lib/tenancy');
  const { conversationFilters, listConversations } = await import('@/lib/conversations/list-conversations');
  const { getConversation } = await import('@/lib/conversations/get-conversation');
  const { countInboxViews } = await import('@/lib/conversations/count-inbox-views');
  const { searchInbox } = await import('@/lib/search/search-inbox');
  const { searchInput } = await import('@/lib/search/search-input');

  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const one = async <T>(q: string, params: unknown[] = []) => (await sql.query(q, params)).rows[0] as T;
  const ws = await one<{ id: string; convs: number; open: number }>(
    `SELECT w.id, (SELECT count(*)::int FROM "Conversation" c WHERE c."workspaceId" = w.id) AS convs,
            (SELECT count(*)::int FROM "Conversation" c WHERE c."workspaceId" = w.id AND c.status = 'open') AS open
     FROM "Workspace" w WHERE slug = 'bench-1'`,
  );
  // "Mine": the agent with the median number of open conversations.
  const { rows: loads } = await sql.query<{ id: string; n: number }>(
    `SELECT m.id, count(c.id)::int AS n FROM "Membership" m LEFT JOIN "Conversation" c ON c."assigneeId" = m.id AND c.status = 'open'
     WHERE m."workspaceId" = $1 AND m.role = 'agent' GROUP BY m.id ORDER BY n`,
    [ws.id],
  );
  const me = loads[Math.floor(loads.length / 2)];
  const user = await one<{ userId: string; name: string; email: string }>(
    `SELECT u.id AS "userId", u.name, u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m.id = $1`,
    [me.id],
  );
  const xChannel = await one<{ id: string }>(`SELECT id FROM "Channel" WHERE "workspaceId" = $1 AND provider = 'x'`, [ws.id]);
  // Random conversations: a sample spread over the whole table, shuffled.
  const { rows: sampled } = await sql.query<{ id: string }>(`SELECT id FROM "Conversation" TABLESAMPLE BERNOULLI (2) WHERE "workspaceId" = $1 LIMIT 3000`, [ws.id]);
  const ids = sampled.map((r) => r.id).sort(() => Math.random() - 0.5);
  const { rows: longThreads } = await sql.query<{ id: string }>(`SELECT id FROM "Conversation" WHERE "workspaceId" = $1 AND "messageCount" >= 100 LIMIT 200`, [ws.id]);
  const rareOrder = await one<{ text: string }>(`SELECT text FROM "Message" WHERE "workspaceId" = $1 AND language = 'en' AND direction = 'in' LIMIT 1`, [ws.id]);
  const orderNumber = /A\d{9}/.exec(rareOrder?.text ?? '')?.[0] ?? 'A000000123';
  const phone = await one<{ phone: string }>(`SELECT phone FROM "ContactIdentity" WHERE "workspaceId" = $1 AND phone IS NOT NULL LIMIT 1 OFFSET 500`, [ws.id]);
  await sql.end();

  const ctx = {
    workspaceId: ws.id,
    role: 'agent' as const,
    db: scopedDb(ws.id),
    actor: { type: 'user' as const, userId: user.userId, membershipId: me.id, name: user.name, email: user.email },
  };
  const list = (f: Filters) => listConversations(ctx, conversationFilters.parse({ status: 'open', limit: 25, ...f }));
  const samples: Sample[] = [];
  const run = async (name: string, fn: (i: number) => Promise<unknown>, o: { goal?: number; runs?: number; note?: string } = {}) => {
    if (opts.only && !name.startsWith(opts.only) && !name.startsWith('calibration')) return;
    const s = await measure(name, fn, { runs: o.runs ?? opts.runs, goal: o.goal, note: o.note, maxSeconds: 45 });
    samples.push(s);
    opts.log(`  ${s.name}: p50 ${s.p50} ms, p95 ${s.p95} ms (n=${s.n})`);
  };

  // What one trivial indexed query costs on this machine right now (the lists make
  // about eight such round trips through Prisma): to read the figures below by.
  const { db } = await import('@/lib/db');
  await run('calibration: one trivial indexed query', () => db.channel.findFirst({ where: { workspaceId: ws.id } }), { note: 'round trip' });

  // Cursors for page 2 and for deep pages (walked once, then fetched at random).
  const cursorsOf = async (f: Filters, pages: number) => {
    const out: string[] = [];
    let cursor: string | null = null;
    for (let p = 0; p < pages; p++) {
      const r: Awaited<ReturnType<typeof list>> = await list({ ...f, ...(cursor ? { cursor } : {}) });
      if (!r.nextCursor) break;
      cursor = r.nextCursor;
      out.push(cursor);
    }
    return out;
  };
  const views: [string, Filters][] = [
    ['list: all open, by priority', {}],
    ['list: mine', { assignee: 'me' }],
    ['list: unassigned', { assignee: 'none' }],
    ['list: team (support, largest)', { team: 'support' }],
    ['list: team (incident, small)', { team: 'incident' }],
    ['list: tag (technical_issue, common)', { tag: 'technical_issue' }],
    ['list: tag (ugc, rare)', { tag: 'ugc' }],
    ['list: SEV1', { severity: 1 }],
    ['list: channel (whatsapp)', { channel: 'whatsapp' }],
    ['list: channel (X, by id)', { channel: xChannel.id }],
    ['list: newest first', { sort: 'newest' }],
    ['list: oldest first', { sort: 'oldest' }],
    ['list: resolved', { status: 'resolved' }],
    ['list: snoozed', { status: 'snoozed' }],
  ];
  for (const [name, f] of views) await run(name, () => list(f), { goal: LIST_GOAL_MS });
  if (!opts.only || 'list'.startsWith(opts.only) || opts.only.startsWith('list')) for (const [name, f] of [
    ['list: page 2, by priority', {}],
    ['list: page 2, newest', { sort: 'newest' }],
    ['list: page 2, tag (common)', { tag: 'technical_issue' }],
  ] as [string, Filters][]) {
    const [c] = await cursorsOf(f, 1);
    await run(name, () => list({ ...f, cursor: c }), { goal: LIST_GOAL_MS });
  }
  if (!opts.only || 'list'.startsWith(opts.only) || opts.only.startsWith('list')) for (const [name, f] of [
    ['list: deep pages 10-40, by priority', {}],
    ['list: deep pages 10-40, newest', { sort: 'newest' }],
    ['list: deep pages 10-40, resolved', { status: 'resolved' }],
    ['list: deep pages 10-40, team', { team: 'support' }],
  ] as [string, Filters][]) {
    const deep = (await cursorsOf(f, 40)).slice(9);
    await run(name, (i) => list({ ...f, cursor: deep[i % deep.length] }), { goal: LIST_GOAL_MS });
  }
  await run('list: API, all statuses, by priority', () => listConversations(ctx, conversationFilters.parse({ limit: 25 })), { goal: LIST_GOAL_MS });
  await run('list: API, 100 per page', () => list({ limit: 100 }), { goal: LIST_GOAL_MS });

  await run('views panel counts', () => countInboxViews(ctx), { goal: LIST_GOAL_MS, runs: Math.min(opts.runs, 200) });

  await run('conversation: random', (i) => getConversation(ctx, ids[i % ids.length]), { goal: CONVERSATION_GOAL_MS });
  if (longThreads.length) {
    await run('conversation: 100-300 messages', (i) => getConversation(ctx, longThreads[i % longThreads.length].id), { goal: CONVERSATION_GOAL_MS, runs: Math.min(opts.runs, 200) });
  }

  const search = (q: string, extra: Filters = {}) => searchInbox(ctx, searchInput.parse({ q, ...extra }));
  const firstPage = await search('refund');
  const searches: [string, string, Filters][] = [
    ['search: common word (refund)', 'refund', {}],
    ['search: common word, open only', 'refund', { status: 'open' }],
    ['search: page 2 (refund)', 'refund', firstPage.nextCursor ? { cursor: firstPage.nextCursor } : {}],
    ['search: two words (refund jacket)', 'refund jacket', {}],
    [`search: rare order number (${orderNumber})`, orderNumber, {}],
    ['search: Romanian without diacritics (plati)', 'plati', {}],
    ['search: Chinese 2 characters (退款)', '退款', {}],
    ['search: Japanese 2 characters (返金)', '返金', {}],
    ['search: contact name (popescu)', 'popescu', {}],
    ['search: phone number', (phone?.phone ?? '+40720001234').replace('+40', '0'), {}],
    ['search: no match', 'zzqxjw', {}],
  ];
  for (const [name, q, f] of searches) await run(name, () => search(q, f), { runs: Math.min(opts.runs, 200), note: 'no goal set' });

  const facts = {
    workspace: { conversations: ws.convs, open: ws.open, mineOpen: me.n, agents: loads.length },
    searchHits: { refund: firstPage.conversations.length, contacts: firstPage.contacts.length, orderNumber },
  };
  return { samples, facts };
}
