// Generates the inbox benchmark's data inside Postgres with set-returning SQL
// (INSERT ... SELECT generate_series), the fastest way on 2 cores: ~20
// workspaces, one of them huge (40% of the conversations), statuses mostly
// resolved with an open backlog skewed to recent days, severities, teams,
// assignees, channels by realistic weights, contacts with identities, tags on
// about a third, two timeline events per conversation, and ~5 messages per
// conversation (a long tail of 100-300-message threads) drawn from a
// multilingual text pool.
//
// Bulk-load technique (the resulting database is the same as one filled row by
// row): secondary indexes are dropped and rebuilt afterwards; as superuser
// (embedded Postgres, the CI Postgres) foreign-key triggers are skipped with
// session_replication_role = replica; the search triggers are bypassed by
// writing searchVector with the very SQL functions the triggers call (for
// pooled texts once per pool entry). Rows go in time order, so heap and uuid7
// ids are ordered as in a real inbox.
import pg from 'pg';
import { buildTextPool, LANG_WEIGHTS } from './text-pool';

export type GenerateOptions = { conversations: number; log: (s: string) => void };
export type GenerateResult = {
  seconds: number;
  steps: { step: string; seconds: number }[];
  counts: Record<string, number>;
  superuser: boolean;
};

// Tables whose own triggers (search vectors, the tag applications' status copy) the load
// replaces by writing the same values.
const USER_TRIGGER_TABLES = ['Message', 'Contact', 'ContactIdentity', 'TagApplication'];
const TABLES = ['Contact', 'ContactIdentity', 'Conversation', 'Message', 'TagApplication', 'ConversationEvent'];

// 20 workspaces: 40%, 15%, 10%, and 17 sharing the remaining 35%.
export function workspaceSizes(total: number): { convs: number; members: number }[] {
  const big = [0.4, 0.15, 0.1].map((f) => Math.round(total * f));
  const rest = total - big.reduce((a, b) => a + b, 0);
  const small = Array.from({ length: 17 }, (_, i) => Math.floor(rest / 17) + (i < rest % 17 ? 1 : 0));
  return [...big, ...small].map((convs, i) => ({ convs, members: i === 0 ? 60 : i === 1 ? 30 : i === 2 ? 25 : 8 }));
}

function wheel(weights: [string, number][]): string {
  // A Postgres text[] literal with each key repeated by its weight (a 100-slot wheel).
  return `ARRAY[${weights.flatMap(([k, n]) => Array(n).fill(`'${k}'`)).join(',')}]`;
}

// Pool entries per kind (the same in every language: 6, 3 and 1 templates, 8 products).
function poolSizes() {
  const pool = buildTextPool();
  const count = (kind: string) => {
    const per = new Set(pool.filter((r) => r.kind === kind).map((r) => `${r.lang}`));
    const n = pool.filter((r) => r.kind === kind).length / per.size;
    if (!Number.isInteger(n)) throw new Error(`the text pool must have as many ${kind} texts in every language`);
    return n;
  };
  return { in: count('in'), out: count('out'), note: count('note') };
}

export async function generateInboxData(url: string, opts: GenerateOptions): Promise<GenerateResult> {
  const sizes = { ...poolSizes() };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const steps: GenerateResult['steps'] = [];
  const started = Date.now();
  const step = async (name: string, sql: string | (() => Promise<unknown>)) => {
    const t = Date.now();
    if (typeof sql === 'string') await client.query(sql);
    else await sql();
    const seconds = (Date.now() - t) / 1000;
    steps.push({ step: name, seconds });
    opts.log(`  ${name}: ${seconds.toFixed(1)} s`);
  };
  try {
    const su = (await client.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows[0]?.rolsuper === true;
    await client.query(`SET maintenance_work_mem = '512MB'; SET work_mem = '256MB'; SET synchronous_commit = off; SET max_parallel_maintenance_workers = 2`);
    if (su) await client.query(`SET session_replication_role = replica`);
    else for (const t of USER_TRIGGER_TABLES) await client.query(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
    await client.query(`SELECT setseed(0.42)`);

    // Secondary indexes (not primary keys) of the big tables: dropped now, rebuilt after.
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
       WHERE indrelid::regclass::text = ANY($1) AND NOT indisprimary`,
      [TABLES.map((t) => `"${t}"`)],
    );
    await step('drop secondary indexes', async () => {
      for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
    });

    await step('helpers and text pool', async () => {
      // uuid7-shaped ids: the timestamp's milliseconds, then a unique number.
      await client.query(`CREATE FUNCTION pg_temp.uuid7(ts timestamptz, n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || lpad(to_hex((n * 7919) & 4095), 3, '0') || '-8'
               || lpad(to_hex((n * 104729) & 4095), 3, '0') || '-' || lpad(to_hex(n), 12, '0')
        FROM (SELECT lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') AS h) x $$`);
      await client.query(`CREATE TEMP SEQUENCE bench_seq`);
      // A conversation's order number (what its messages quote), from its id.
      await client.query(`CREATE FUNCTION pg_temp.order_no(id text) RETURNS text LANGUAGE sql IMMUTABLE AS
        $$ SELECT 'A' || lpad((abs(hashtext(id)::bigint) % 1000000000)::text, 9, '0') $$`);
      // The pooled texts, and their vectors in each workspace's term namespace made
      // by the function the message trigger calls (the order number is cut out with
      // a separator, so the words around it split exactly as in the full text).
      const pool = buildTextPool();
      await client.query(`CREATE TEMP TABLE bench_pool (lang text, kind text, variant int, text text, PRIMARY KEY (lang, kind, variant))`);
      await client.query(`INSERT INTO bench_pool SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])`, [
        pool.map((r) => r.lang),
        pool.map((r) => r.kind),
        pool.map((r) => r.variant),
        pool.map((r) => r.text),
      ]);
    });

    const wsSizes = workspaceSizes(opts.conversations);
    await step('workspaces, members, teams, channels, tags', async () => {
      await client.query(
        `CREATE TEMP TABLE bench_ws AS
         SELECT w::int AS w, pg_temp.uuid7(now() - interval '2 years', w) AS id, convs, members, greatest(1, (convs * 0.6)::int) AS contacts
         FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS u(convs, members, w)`,
        [wsSizes.map((s) => s.convs), wsSizes.map((s) => s.members)],
      );
      await client.query(`INSERT INTO "Workspace" (id, name, slug, timezone, "createdAt", "updatedAt")
        SELECT id, 'Bench workspace ' || w, 'bench-' || w, 'Europe/Bucharest', now() - interval '2 years', now() FROM bench_ws`);
      await client.query(`CREATE TEMP TABLE bench_members AS
        SELECT w.w, w.id AS ws, m, pg_temp.uuid7(now() - interval '2 years', 1000000 + w.w * 1000 + m) AS id,
               pg_temp.uuid7(now() - interval '2 years', 2000000 + w.w * 1000 + m) AS user_id
        FROM bench_ws w, generate_series(1, w.members) m`);
      await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "createdAt", "updatedAt")
        SELECT user_id, 'agent' || m || '@bench' || w || '.test', (ARRAY['Maria','Ion','Elena','Andrei','Sofia','Lukas','Chloé','João','Wei','Yuki'])[1 + m % 10] || ' ' || m, 'not-a-hash', now(), now() FROM bench_members`);
      await client.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role, "createdAt")
        SELECT id, ws, user_id, (CASE WHEN m = 1 THEN 'admin' WHEN m <= 3 THEN 'manager' ELSE 'agent' END)::"Role", now() FROM bench_members`);
      await client.query(`CREATE TEMP TABLE bench_teams AS
        SELECT w.w, w.id AS ws, t.key, t.ord, pg_temp.uuid7(now() - interval '2 years', 3000000 + w.w * 10 + t.ord) AS id
        FROM bench_ws w, unnest(ARRAY['support','sales','product','marketing','incident']) WITH ORDINALITY AS t(key, ord)`);
      await client.query(`INSERT INTO "Team" (id, "workspaceId", key, name, "createdAt") SELECT id, ws, key, initcap(key), now() FROM bench_teams`);
      await client.query(`INSERT INTO "TeamMember" ("teamId", "membershipId")
        SELECT t.id, m.id FROM bench_members m JOIN bench_teams t ON t.w = m.w AND t.ord = 1 + m.m % 5`);
      await client.query(`CREATE TEMP TABLE bench_channels AS
        SELECT w.w, w.id AS ws, c.provider, c.ord, pg_temp.uuid7(now() - interval '2 years', 4000000 + w.w * 10 + c.ord) AS id
        FROM bench_ws w, unnest(ARRAY['email','whatsapp','messenger','instagram','chat','x','sms','api']) WITH ORDINALITY AS c(provider, ord)`);
      await client.query(`INSERT INTO "Channel" (id, "workspaceId", provider, name, "externalId", "createdAt", "updatedAt")
        SELECT id, ws, provider::"Provider", initcap(provider), 'bench-' || w || '-' || provider, now(), now() FROM bench_channels`);
      await client.query(`CREATE TEMP TABLE bench_tags AS
        SELECT w.w, w.id AS ws, t.key, t.ord, pg_temp.uuid7(now() - interval '2 years', 5000000 + w.w * 10 + t.ord) AS id
        FROM bench_ws w, unnest(ARRAY['technical_issue','billing','shipping','returns','sales_lead','feature_request','incident','ugc']) WITH ORDINALITY AS t(key, ord)`);
      await client.query(`INSERT INTO "Tag" (id, "workspaceId", key, name, "isDefault", "createdAt")
        SELECT id, ws, key, initcap(replace(key, '_', ' ')), ord IN (1, 5, 6, 7, 8), now() FROM bench_tags`);
      // Per-workspace lookup arrays: channels by weight, teams by weight, members, tags by weight.
      await client.query(`CREATE TEMP TABLE bench_lookup AS
        SELECT w.w, w.id AS ws, w.convs, w.contacts, w.members,
          (SELECT array_agg(c.id ORDER BY s.slot) FROM unnest(${wheel([['email', 30], ['whatsapp', 20], ['messenger', 15], ['instagram', 10], ['chat', 10], ['x', 7], ['sms', 5], ['api', 3]])}) WITH ORDINALITY AS s(p, slot) JOIN bench_channels c ON c.w = w.w AND c.provider = s.p) AS channels,
          (SELECT array_agg(t.id ORDER BY s.slot) FROM unnest(${wheel([['support', 55], ['sales', 15], ['product', 10], ['marketing', 5], ['incident', 5]])}) WITH ORDINALITY AS s(k, slot) JOIN bench_teams t ON t.w = w.w AND t.key = s.k) AS teams,
          (SELECT array_agg(m.id ORDER BY m.m) FROM bench_members m WHERE m.w = w.w AND m.m > 3) AS agents,
          (SELECT c.id FROM bench_channels c WHERE c.w = w.w AND c.provider = 'email') AS email_channel,
          (SELECT array_agg(t.id ORDER BY s.slot) FROM unnest(${wheel([['technical_issue', 25], ['billing', 20], ['shipping', 15], ['returns', 12], ['sales_lead', 10], ['feature_request', 8], ['incident', 5], ['ugc', 5]])}) WITH ORDINALITY AS s(k, slot) JOIN bench_tags t ON t.w = w.w AND t.key = s.k) AS tags
        FROM bench_ws w`);
      await client.query(`CREATE TEMP TABLE bench_pool_ws AS
        SELECT w.id AS ws, p.lang, p.kind, p.variant, switchboard_search_vector(replace(p.text, '{o}', ' - '), switchboard_search_namespace(w.id)) AS vec
        FROM bench_ws w, bench_pool p`);
      await client.query(`ALTER TABLE bench_pool_ws ADD PRIMARY KEY (ws, lang, kind, variant)`);
    });

    await step('contacts and identities', async () => {
      // The contact vectors come from the function the identity trigger uses. As
      // superuser (no foreign-key checks) identities go first and each contact row
      // is written once with its vector; otherwise contacts are updated afterwards.
      const contactsSql = (vector: string) => `INSERT INTO "Contact" (id, "workspaceId", name, "isVip", "followerCount", "lastSeenAt", "createdAt", "updatedAt", "searchVector")
        SELECT md5('contact/' || l.w || '/' || k)::uuid::text, l.ws, n.name,
          random() < 0.02, CASE WHEN random() < 0.3 THEN (random() * 50000)::int END,
          now() - random() * interval '365 days', now() - interval '400 days', now(), ${vector}
        FROM bench_lookup l, generate_series(1, l.contacts) k,
          LATERAL (SELECT CASE WHEN k % 10 = 0
            THEN (ARRAY['王','李','张','陈','佐藤','鈴木','高橋','林'])[1 + k % 8] || (ARRAY['小明','美玲','伟','花子','太郎','志強','雅婷'])[1 + (k / 8) % 7]
            ELSE (ARRAY['Ana','Ion','María','José','Jürgen','Chloé','João','Emma','Liam','Ioana','Lucía','François','Mihai','Sophie','Noah','Beatriz'])[1 + k % 16] || ' ' ||
                 (ARRAY['Popescu','Ionescu','García','Müller','Dubois','Silva','Smith','Johnson','Rossi','Martínez','Schmidt','Lefèvre','Costa','Brown','Ștefănescu','Pereira','Nowak','Jensen','Moreau','Fernández'])[1 + (k / 16) % 20]
            END AS name) n`;
      const identitiesSql = `INSERT INTO "ContactIdentity" (id, "workspaceId", "contactId", provider, "externalId", handle, email, phone, "createdAt")
        SELECT md5('identity/' || l.w || '/' || k)::uuid::text, l.ws, md5('contact/' || l.w || '/' || k)::uuid::text, p.provider::"Provider",
          CASE p.kind WHEN 'phone' THEN '+4072' || lpad(k::text, 7, '0') WHEN 'email' THEN 'customer' || k || '@example' || l.w || '.com' ELSE 'psid' || l.w || '_' || k END,
          CASE WHEN p.kind = 'handle' THEN 'user_' || l.w || '_' || k END,
          CASE WHEN p.kind = 'email' THEN 'customer' || k || '@example' || l.w || '.com' END,
          CASE WHEN p.kind = 'phone' THEN '+4072' || lpad(k::text, 7, '0') END,
          now() - interval '400 days'
        FROM bench_lookup l, generate_series(1, l.contacts) k,
          LATERAL (SELECT (ARRAY['email','whatsapp','messenger','instagram','chat','x','sms','email'])[1 + k % 8] AS provider) pr,
          LATERAL (SELECT pr.provider, CASE WHEN pr.provider IN ('whatsapp','sms') THEN 'phone' WHEN pr.provider IN ('email','chat') THEN 'email' ELSE 'handle' END AS kind) p`;
      await client.query(`CREATE INDEX bench_identity_contact ON "ContactIdentity" ("contactId")`);
      if (su) {
        await client.query(identitiesSql);
        await client.query(contactsSql(`switchboard_contact_search_vector(md5('contact/' || l.w || '/' || k)::uuid::text, n.name, switchboard_search_namespace(l.ws))`));
      } else {
        await client.query(contactsSql('NULL'));
        await client.query(identitiesSql);
        await client.query(`UPDATE "Contact" SET "searchVector" = switchboard_contact_search_vector(id, name, switchboard_search_namespace("workspaceId"))`);
      }
      await client.query(`DROP INDEX bench_identity_contact`);
    });

    await step('conversations', `
      INSERT INTO "Conversation" (id, "workspaceId", "channelId", "contactId", subject, status, "snoozedUntil", "teamId", "assigneeId", severity, priority,
        language, preview, "messageCount", "lastMessageAt", "lastInboundAt", "lastOutboundAt", "waitingSince", "firstResponseAt", "firstResponseDueAt",
        "nextResponseDueAt", "resolvedAt", "triagedAt", "createdAt", "updatedAt")
      SELECT pg_temp.uuid7(s.created, s.n), s.ws, s.channel, s.contact,
        CASE WHEN s.channel = s.email_channel THEN 'Order ' || pg_temp.order_no(pg_temp.uuid7(s.created, s.n)) END,
        s.status::"ConversationStatus", CASE WHEN s.status = 'snoozed' THEN now() + interval '1 day' * s.r5 END,
        s.team, s.assignee, s.severity,
        (5 - s.severity) * 100000000 + CASE WHEN s.status IN ('open', 'pending') THEN (s.r5 * 9999)::int * 10000 + (s.r4 * 9999)::int ELSE 0 END,
        s.lang, left(replace(p.text, '{o}', pg_temp.order_no(pg_temp.uuid7(s.created, s.n))), 140), s.msgs, s.last, s.last, CASE WHEN s.msgs > 1 THEN s.last - interval '1 minute' END,
        CASE WHEN s.status = 'open' AND s.msgs % 2 = 1 THEN s.last END,
        CASE WHEN s.msgs > 1 THEN s.created + (s.last - s.created) / greatest(1, s.msgs - 1) END,
        s.created + interval '4 hours', CASE WHEN s.status = 'open' THEN s.last + interval '8 hours' END,
        CASE WHEN s.status = 'resolved' THEN s.last END, s.created + interval '2 seconds', s.created, s.last
      FROM (
        SELECT r.*, nextval('bench_seq') AS n,
          r.last - interval '1 day' * (-ln(1 - r.r3) * CASE WHEN r.status = 'resolved' THEN 3 ELSE 1 END) AS created
        FROM (
          SELECT q.*,
            now() - interval '1 day' * CASE WHEN q.status = 'resolved' THEN 1 + q.r2 * 364 ELSE least(60, -ln(1 - q.r2) * 2) END AS last
          FROM (
            SELECT l.ws, l.w, g,
              CASE WHEN rs < 0.08 THEN 'open' WHEN rs < 0.12 THEN 'pending' WHEN rs < 0.15 THEN 'snoozed' ELSE 'resolved' END AS status,
              CASE WHEN rv < 0.01 THEN 1 WHEN rv < 0.10 THEN 2 WHEN rv < 0.50 THEN 3 ELSE 4 END AS severity,
              l.channels[1 + floor(random() * 100)::int] AS channel,
              CASE WHEN random() < 0.9 THEN l.teams[1 + floor(random() * 100)::int] END AS team,
              CASE WHEN random() < CASE WHEN rs < 0.08 THEN 0.6 ELSE 0.93 END THEN l.agents[1 + floor(random() * cardinality(l.agents))::int] END AS assignee,
              md5('contact/' || l.w || '/' || (1 + floor(power(random(), 1.3) * l.contacts))::int)::uuid::text AS contact,
              (${wheel(LANG_WEIGHTS)})[1 + floor(rl * 100)::int] AS lang,
              CASE WHEN rm < 0.002 THEN 100 + floor(random() * 200)::int ELSE least(80, 1 + floor(-ln(1 - random()) * 4.1)::int) END AS msgs,
              l.email_channel, random() AS r2, random() AS r3, random() AS r4, random() AS r5
            FROM bench_lookup l, generate_series(1, l.convs) g,
              LATERAL (SELECT random() AS rs, random() AS rv, random() AS rl, random() AS rm, g AS dep) rr
          ) q
        ) r
      ) s
      JOIN bench_pool p ON p.lang = s.lang AND p.kind = 'in' AND p.variant = s.n % ${sizes.in}
      ORDER BY s.created`);

    await step('messages', `
      INSERT INTO "Message" (id, "workspaceId", "conversationId", "channelId", direction, "providerMessageId", "contactId", "authorId", subject, text,
        status, language, "sentAt", "createdAt", "searchVector")
      SELECT pg_temp.uuid7(m.at, nextval('bench_seq')), m.ws, m.cid, m.channel, m.dir::"MessageDirection",
        CASE WHEN m.dir <> 'note' THEN 'bench-' || m.cid || '-' || m.i END,
        CASE WHEN m.dir = 'in' THEN m.contact END, CASE WHEN m.dir <> 'in' THEN m.assignee END,
        CASE WHEN m.i = 1 THEN m.subject END, replace(p.text, '{o}', m.order_no),
        (CASE WHEN m.dir = 'in' THEN 'received' WHEN m.dir = 'note' THEN 'sent' ELSE 'delivered' END)::"DeliveryStatus",
        m.lang, m.at, m.at,
        -- the pooled vector plus the order number (and "order" from an email's subject)
        pw.vec || array_to_tsvector(CASE WHEN m.i = 1 AND m.subject IS NOT NULL THEN ARRAY[m.ns || lower(m.order_no), m.ns || 'order'] ELSE ARRAY[m.ns || lower(m.order_no)] END)
      FROM (
        SELECT x.*, abs(hashtext(x.cid)::bigint + x.i * 7919) % (CASE x.dir WHEN 'in' THEN ${sizes.in} WHEN 'out' THEN ${sizes.out} ELSE ${sizes.note} END) AS variant
        FROM (
          SELECT c.id AS cid, c."workspaceId" AS ws, c."channelId" AS channel, c."contactId" AS contact, c."assigneeId" AS assignee, c.subject, c.language AS lang, i,
            pg_temp.order_no(c.id) AS order_no, switchboard_search_namespace(c."workspaceId") AS ns,
            c."createdAt" + (c."lastMessageAt" - c."createdAt") * CASE WHEN c."messageCount" = 1 THEN 1 ELSE (i - 1)::float8 / (c."messageCount" - 1) END AS at,
            CASE WHEN i % 2 = 1 THEN 'in' WHEN (hashtext(c.id)::bigint + i) % 10 = 0 THEN 'note' ELSE 'out' END AS dir
          FROM "Conversation" c, generate_series(1, c."messageCount") i
        ) x
      ) m
      JOIN bench_pool p ON p.lang = m.lang AND p.kind = m.dir AND p.variant = m.variant
      JOIN bench_pool_ws pw ON pw.ws = m.ws AND pw.lang = m.lang AND pw.kind = m.dir AND pw.variant = m.variant
      ORDER BY m.at`);

    await step('tags and timeline events', async () => {
      // A third of the conversations get a tag (by weight), a third of those a second
      // one; agents removed a wrong tag on 3%. conversationStatus and
      // conversationPriority are the copies the triggers keep.
      await client.query(`INSERT INTO "TagApplication" (id, "workspaceId", "conversationId", "tagId", source, confidence, reason, "appliedAt", "removedAt", "conversationStatus", "conversationPriority")
        SELECT pg_temp.uuid7(t.at, nextval('bench_seq')), t.ws, t.cid, t.tag,
          (CASE WHEN t.r < 0.1 THEN 'agent' WHEN t.r < 0.25 THEN 'rule' ELSE 'model' END)::"TagSource",
          CASE WHEN t.r < 0.1 THEN 1 ELSE 0.6 + t.r * 0.4 END, 'matched words in the first message', t.at, t.removed, t.status, t.priority
        FROM (
          SELECT c.id AS cid, c."workspaceId" AS ws, c.status, c.priority, c."createdAt" + interval '2 seconds' AS at, random() AS r,
            l.tags[1 + (h.slot + (ARRAY[0, 50, 25])[k]) % 100] AS tag, CASE WHEN k = 3 THEN c."createdAt" + interval '1 hour' END AS removed
          FROM "Conversation" c JOIN bench_lookup l ON l.ws = c."workspaceId",
            LATERAL (SELECT abs(hashtext(c.id)::bigint) % 100 AS slot, abs(hashtext(c.id || 'a')::bigint) % 100 AS a,
                            abs(hashtext(c.id || 'b')::bigint) % 100 AS b, abs(hashtext(c.id || 'r')::bigint) % 100 AS rm) h,
            generate_series(1, 3) k
          WHERE (k = 1 AND h.a < 35) OR (k = 2 AND h.a < 35 AND h.b < 30) OR (k = 3 AND h.rm < 3)
        ) t
        ORDER BY t.at`);
      await client.query(`INSERT INTO "ConversationEvent" (id, "workspaceId", "conversationId", kind, summary, data, "createdAt")
        SELECT pg_temp.uuid7(e.at, nextval('bench_seq')), e.ws, e.cid, e.kind, e.summary, '{}', e.at
        FROM (
          SELECT c.id AS cid, c."workspaceId" AS ws, k,
            CASE k WHEN 1 THEN 'triaged' ELSE CASE WHEN c.status = 'resolved' THEN 'status' ELSE 'assigned' END END AS kind,
            CASE k WHEN 1 THEN 'Triaged as SEV' || c.severity ELSE CASE WHEN c.status = 'resolved' THEN 'Resolved' ELSE 'Assigned by round robin' END END AS summary,
            CASE k WHEN 1 THEN c."createdAt" + interval '2 seconds' ELSE c."lastMessageAt" END AS at
          FROM "Conversation" c, generate_series(1, 2) k
        ) e
        ORDER BY e.at`);
    });

    await step('rebuild indexes', async () => {
      for (const i of indexes) await client.query(i.def);
    });
    if (su) await client.query(`SET session_replication_role = DEFAULT`);
    else for (const t of USER_TRIGGER_TABLES) await client.query(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
    await step('vacuum analyze', `VACUUM (ANALYZE) "Contact", "ContactIdentity", "Conversation", "Message", "TagApplication", "ConversationEvent", "Membership", "Team", "Tag", "Channel", "Workspace", "User"`);

    const counts: Record<string, number> = {};
    for (const t of ['Workspace', 'Contact', 'Conversation', 'Message', 'TagApplication', 'ConversationEvent']) {
      counts[t] = Number((await client.query(`SELECT count(*)::bigint AS n FROM "${t}"`)).rows[0].n);
    }
    return { seconds: (Date.now() - started) / 1000, steps, counts, superuser: su };
  } finally {
    await client.end();
  }
}
