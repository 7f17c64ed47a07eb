// What crisis detection compares a new incident report with: the incident
// reports of the last minutes (their texts, channels, severities) and the
// active crises (their members counted in SQL: a crisis may hold thousands).
import type { ScopedDb } from '@/lib/tenancy';
import { CRISIS_RULES, type ActiveCrisis, type CrisisCandidate } from './detect-crisis';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

const MIN = 60_000;
// The most recent incident reports compared with each new one.
const MAX_CANDIDATES = 200;

// One statement: the incident reports of the window (plus this conversation), each
// with its first five inbound messages of the window.
export async function loadCandidates(tx: Tx, workspaceId: string, conversationId: string, incidentTagId: string, now: Date): Promise<CrisisCandidate[]> {
  const since = new Date(now.getTime() - CRISIS_RULES.windowMinutes * MIN);
  const rows = await tx.$queryRaw<{ id: string; channelId: string; severity: number; crisisId: string | null; texts: string[]; firstAt: Date; lastAt: Date }[]>`
    WITH ids AS (
      (SELECT "conversationId" AS id FROM "TagApplication"
       WHERE "workspaceId" = ${workspaceId} AND "tagId" = ${incidentTagId} AND "removedAt" IS NULL AND "appliedAt" >= ${since}
       ORDER BY "appliedAt" DESC LIMIT ${MAX_CANDIDATES})
      UNION SELECT ${conversationId}
    )
    SELECT c.id, c."channelId", c.severity, c."crisisId", m.texts, m."firstAt", m."lastAt"
    FROM "Conversation" c JOIN ids ON ids.id = c.id
    CROSS JOIN LATERAL (
      SELECT array_agg(concat_ws(E'\n', x.subject, x.text) ORDER BY x."createdAt") AS texts, min(x."createdAt") AS "firstAt", max(x."createdAt") AS "lastAt"
      FROM (SELECT subject, text, "createdAt" FROM "Message"
            WHERE "conversationId" = c.id AND direction = 'in' AND "createdAt" >= ${since}
            ORDER BY "createdAt" LIMIT 5) x
    ) m
    WHERE c."workspaceId" = ${workspaceId} AND m.texts IS NOT NULL`;
  return rows.map((r) => ({
    conversationId: r.id, channelId: r.channelId, severity: r.severity, crisisId: r.crisisId,
    text: r.texts.join('\n'), firstAt: r.firstAt, lastAt: r.lastAt,
  }));
}

// One statement: the active crises, with their members counted by channel.
export async function loadActiveCrises(tx: Tx, workspaceId: string, now: Date): Promise<ActiveCrisis[]> {
  const rows = await tx.$queryRaw<(Omit<ActiveCrisis, 'channelIds'> & { channelIds: string[] | null })[]>`
    SELECT k.id, k.title, k.signature, k."startedAt", k."lastSeenAt",
           count(c.id)::int AS "conversationCount", array_agg(DISTINCT c."channelId") FILTER (WHERE c.id IS NOT NULL) AS "channelIds",
           COALESCE(min(c.severity), 4)::int AS "minSeverity"
    FROM "Crisis" k LEFT JOIN "Conversation" c ON c."crisisId" = k.id
    WHERE k."workspaceId" = ${workspaceId} AND k.status = 'active' AND k."lastSeenAt" >= ${new Date(now.getTime() - CRISIS_RULES.extendMinutes * MIN)}
    GROUP BY k.id`;
  return rows.map((r) => ({ ...r, channelIds: r.channelIds ?? [] }));
}
