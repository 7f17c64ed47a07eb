// The latency benchmark's stopwatch, in its own light process (pg only) so that
// the busy ingesting process cannot delay its observations. It polls Postgres
// every POLL_MS for the workspace's new inbound messages, and records when each
// becomes triaged and when its new conversation gets an assignee or a handoff.
// Start: Message.createdAt (stamped inside the ingest transaction, so at or
// before its commit). Prints one JSON line on SIGTERM.
//   node --import tsx tests/bench/watch-pipeline.ts <databaseUrl> <workspaceId> <sinceIso>
import pg from 'pg';

const [url, workspaceId, sinceIso] = process.argv.slice(2);
const POLL_MS = 20;

type Seen = { id: string; conversationId: string; createdAt: number; triagedAt?: number; triagedSeen?: number; opened: boolean; assignedSeen?: number };
const messages = new Map<string, Seen>();
const client = new pg.Client({ connectionString: url });
await client.connect();
let cursor = new Date(sinceIso);
let stopping = false;

async function poll() {
  const { rows: fresh } = await client.query(
    `SELECT m.id, m."conversationId", m."createdAt", (SELECT count(*) FROM "Message" f WHERE f."conversationId" = m."conversationId" AND f.direction = 'in' AND f."createdAt" < m."createdAt") = 0 AS opened
     FROM "Message" m WHERE m."workspaceId" = $1 AND m.direction = 'in' AND m."createdAt" > $2 ORDER BY m."createdAt"`,
    [workspaceId, cursor],
  );
  for (const r of fresh) {
    if (!messages.has(r.id)) messages.set(r.id, { id: r.id, conversationId: r.conversationId, createdAt: (r.createdAt as Date).getTime(), opened: r.opened });
    if (r.createdAt > cursor) cursor = r.createdAt;
  }
  const pending = [...messages.values()].filter((m) => m.triagedSeen === undefined).map((m) => m.id);
  if (pending.length) {
    const { rows } = await client.query('SELECT id, "triagedAt" FROM "Message" WHERE id = ANY($1) AND "triagedAt" IS NOT NULL', [pending]);
    const now = Date.now();
    for (const r of rows) Object.assign(messages.get(r.id)!, { triagedSeen: now, triagedAt: (r.triagedAt as Date).getTime() });
  }
  const unassigned = [...messages.values()].filter((m) => m.opened && m.assignedSeen === undefined);
  if (unassigned.length) {
    const { rows } = await client.query(
      'SELECT c.id FROM "Conversation" c WHERE c.id = ANY($1) AND (c."assigneeId" IS NOT NULL OR EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = c.id))',
      [[...new Set(unassigned.map((m) => m.conversationId))]],
    );
    const now = Date.now();
    const done = new Set(rows.map((r) => r.id as string));
    for (const m of unassigned) if (done.has(m.conversationId)) m.assignedSeen = now;
  }
}

process.on('SIGTERM', () => {
  stopping = true;
});
console.log('ready');
while (!stopping) {
  await poll();
  await new Promise((r) => setTimeout(r, POLL_MS));
}
console.log(JSON.stringify([...messages.values()]));
await client.end();
process.exit(0);
