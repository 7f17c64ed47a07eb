// The periodic priority refresh: a waiting conversation's score rises as it
// waits and as its SLA deadline nears (lib/triage/conversation-priority, the
// same score triage writes), so open
// conversations are re-scored every tick. Work per tick is bounded: the open
// conversations are split into hash partitions of about MAX_ROWS and each
// tick takes the next partition in turn, so a large inbox is refreshed every
// few minutes instead of one tick trying to do everything. Rows whose score
// did not change are not written; the rest go out in one UPDATE per batch.
//
// A system job across all workspaces: it reads and writes only the priority
// column, by id, so it uses the global client on purpose.
import { db } from '@/lib/db';
import { conversationPriority } from '@/lib/triage/conversation-priority';

const MAX_ROWS = 5000;
const BATCH = 1000;

type Row = {
  id: string;
  status: string;
  severity: number;
  priority: number;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
};

export async function refreshPriorities(now: Date = new Date(), opts: { maxRows?: number } = {}): Promise<{ scanned: number; updated: number; partition: number; partitions: number }> {
  const maxRows = opts.maxRows ?? MAX_ROWS;
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "Conversation" WHERE status IN ('open', 'pending')`;
  const partitions = Math.max(1, Math.ceil(Number(count) / maxRows));
  const partition = Math.floor(now.getTime() / 60_000) % partitions;
  const rows = await db.$queryRaw<Row[]>`
    SELECT id, status::text AS status, severity, priority, "waitingSince", "firstResponseAt", "firstResponseDueAt", "nextResponseDueAt", "resolutionDueAt"
    FROM "Conversation"
    WHERE status IN ('open', 'pending')
      AND ((hashtext(id)::bigint % ${partitions}) + ${partitions}) % ${partitions} = ${partition}`;

  const changed = rows
    .map((r) => ({ id: r.id, old: r.priority, score: conversationPriority(r, r.severity, now).score }))
    .filter((r) => r.score !== r.old);
  let updated = 0;
  for (let i = 0; i < changed.length; i += BATCH) {
    const batch = changed.slice(i, i + BATCH);
    // Rows another job holds right now (routing, triage) are skipped, not waited
    // for: waiting on them while holding this batch's locks deadlocked against
    // routing under load. Those jobs write the priority themselves, and the
    // partition comes round again in a few minutes.
    updated += await db.$executeRaw`
      WITH v AS (SELECT unnest(${batch.map((b) => b.id)}::text[]) AS id, unnest(${batch.map((b) => b.score)}::int[]) AS priority),
      free AS (
        SELECT c.id FROM "Conversation" AS c JOIN v ON v.id = c.id
        WHERE c.priority <> v.priority
        ORDER BY c.id
        FOR UPDATE OF c SKIP LOCKED
      )
      UPDATE "Conversation" AS c SET priority = v.priority
      FROM v JOIN free ON free.id = v.id
      WHERE c.id = v.id`;
  }
  return { scanned: rows.length, updated, partition, partitions };
}
