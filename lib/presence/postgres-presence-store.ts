// Presence in Postgres (the queues' Postgres backend): the UNLOGGED table
// PresenceBeat, one row per (workspace, member, tab). A heartbeat is ONE
// statement: read this tab's previous row, upsert it, and sweep the
// workspace's expired rows (returned, so their viewers can be told). Times
// are epoch milliseconds converted in SQL, independent of the session's zone.
import { db } from '@/lib/db';
import type { PresenceStore, PutResult } from './presence-store';
import type { PresenceEntry, PresenceState } from './presence-types';

type Row = { kind: 'prev' | 'gone'; membershipId: string; tabId: string; conversationId: string; name: string; state: string; expiresAt: number };

const toEntry = (r: Omit<Row, 'kind'>): PresenceEntry => ({
  membershipId: r.membershipId,
  tabId: r.tabId,
  conversationId: r.conversationId,
  name: r.name,
  state: r.state as PresenceState,
  expiresAt: Number(r.expiresAt),
});

export class PostgresPresenceStore implements PresenceStore {
  async put(workspaceId: string, e: PresenceEntry, now: number): Promise<PutResult> {
    // Every sub-statement sees the table as it was before this statement, so
    // "prev" is the row before the upsert; the sweep leaves this tab's row
    // alone. (A data-modifying WITH runs even though nothing reads it.)
    const rows = await db.$queryRaw<Row[]>`
      WITH prev AS (
        SELECT "membershipId", "tabId", "conversationId", name, state, "expiresAt" FROM "PresenceBeat"
        WHERE "workspaceId" = ${workspaceId} AND "membershipId" = ${e.membershipId} AND "tabId" = ${e.tabId}
          AND "expiresAt" > to_timestamp(${now}::float8 / 1000) AT TIME ZONE 'UTC'
      ), up AS (
        INSERT INTO "PresenceBeat" ("workspaceId", "membershipId", "tabId", "conversationId", name, state, "expiresAt")
        VALUES (${workspaceId}, ${e.membershipId}, ${e.tabId}, ${e.conversationId}, ${e.name}, ${e.state}, to_timestamp(${e.expiresAt}::float8 / 1000) AT TIME ZONE 'UTC')
        ON CONFLICT ("workspaceId", "membershipId", "tabId") DO UPDATE
          SET "conversationId" = EXCLUDED."conversationId", name = EXCLUDED.name, state = EXCLUDED.state, "expiresAt" = EXCLUDED."expiresAt"
      ), gone AS (
        DELETE FROM "PresenceBeat"
        WHERE "workspaceId" = ${workspaceId} AND "expiresAt" <= to_timestamp(${now}::float8 / 1000) AT TIME ZONE 'UTC'
          AND NOT ("membershipId" = ${e.membershipId} AND "tabId" = ${e.tabId})
        RETURNING "membershipId", "tabId", "conversationId", name, state, "expiresAt"
      )
      SELECT 'prev' AS kind, "membershipId", "tabId", "conversationId", name, state,
             (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "expiresAt" FROM prev
      UNION ALL
      SELECT 'gone', "membershipId", "tabId", "conversationId", name, state,
             (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 FROM gone`;
    const prev = rows.find((r) => r.kind === 'prev');
    return { previous: prev ? toEntry(prev) : null, expired: rows.filter((r) => r.kind === 'gone').map(toEntry) };
  }

  async remove(workspaceId: string, membershipId: string, tabId: string, conversationId: string): Promise<PresenceEntry | null> {
    const rows = await db.$queryRaw<Omit<Row, 'kind'>[]>`
      DELETE FROM "PresenceBeat"
      WHERE "workspaceId" = ${workspaceId} AND "membershipId" = ${membershipId} AND "tabId" = ${tabId} AND "conversationId" = ${conversationId}
      RETURNING "membershipId", "tabId", "conversationId", name, state, (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "expiresAt"`;
    return rows[0] ? toEntry(rows[0]) : null;
  }

  async list(workspaceId: string, now: number): Promise<PresenceEntry[]> {
    const rows = await db.$queryRaw<Omit<Row, 'kind'>[]>`
      SELECT "membershipId", "tabId", "conversationId", name, state, (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "expiresAt"
      FROM "PresenceBeat"
      WHERE "workspaceId" = ${workspaceId} AND "expiresAt" > to_timestamp(${now}::float8 / 1000) AT TIME ZONE 'UTC'`;
    return rows.map(toEntry);
  }
}
