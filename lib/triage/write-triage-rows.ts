// The rows one triage writes — the message's triagedAt and language, new tag
// applications, timeline events, the conversation's severity, priority,
// language and triagedAt, and the routing job in the outbox — as ONE guarded
// SQL statement: it writes only if the message is not triaged yet AND the
// conversation row is exactly as the decision saw it (same updatedAt; every
// writer of a conversation moves updatedAt). Otherwise it writes nothing and
// answers false, and the caller decides again on fresh rows.
//
// Why one raw statement: this runs for every inbound message. Through the ORM
// the same writes were five statements and ~8 ms of CPU per message; this is one
// round trip and ~1 ms, and on a busy machine every round trip waits for
// Postgres to be scheduled. Ids are UUIDv7 like the schema's uuid(7) default;
// the routing job is validated against the queue registry as addOutboxJob does.
import crypto from 'node:crypto';
import type { ScopedDb } from '@/lib/tenancy';
import { jobs, type JobPayload } from '@/lib/queue/registry';
import type { AppliedTag } from './classifier/types';
import type { PlannedEvent } from './plan-triage-writes';

// The scoped client or a transaction of it.
type Runner = Pick<ScopedDb, '$queryRaw'>;

// Time-ordered ids (index locality), like the schema's uuid(7) default.
export function uuidv7(ms: number = Date.now()): string {
  const b = crypto.randomBytes(16);
  b.writeUIntBE(Math.max(0, Math.floor(ms)), 0, 6);
  b[6] = 0x70 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export type TriageRows = {
  workspaceId: string;
  conversationId: string;
  messageId: string;
  now: Date;
  // The conversation's updatedAt the decision was made on.
  expectedUpdatedAt: Date;
  messageLanguage: string | null;
  tags: (AppliedTag & { tagId: string })[];
  events: PlannedEvent[];
  severity: number;
  priority: number;
  language: string | null;
  route: { payload: JobPayload<'routing.conversation'>; jobId: string; priority: number };
};

export async function writeTriageRows(db: Runner, r: TriageRows): Promise<boolean> {
  const t0 = r.now.getTime();
  const tags = r.tags.map((t) => ({ id: uuidv7(t0), tagId: t.tagId, source: t.source, confidence: t.confidence, reason: t.reason }));
  // A millisecond apart: the timeline reads in creation order.
  const events = r.events.map((e, i) => ({
    id: uuidv7(t0 + i), kind: e.kind, summary: e.summary, data: { ...e.data, messageId: r.messageId }, createdAt: new Date(t0 + i).toISOString(),
  }));
  const route = jobs['routing.conversation'];
  route.payload.parse(r.route.payload);

  const [row] = await db.$queryRaw<{ claimed: number }[]>`
    WITH conv AS (
      UPDATE "Conversation"
      SET severity = ${r.severity}, priority = ${r.priority}, "triagedAt" = ${r.now}, language = COALESCE(language, ${r.language}), "updatedAt" = ${r.now}
      WHERE id = ${r.conversationId} AND "workspaceId" = ${r.workspaceId} AND "updatedAt" = ${r.expectedUpdatedAt}
        AND EXISTS (SELECT 1 FROM "Message" WHERE id = ${r.messageId} AND "triagedAt" IS NULL)
      RETURNING id
    ), claimed AS (
      UPDATE "Message" SET "triagedAt" = ${r.now}, language = COALESCE(language, ${r.messageLanguage})
      WHERE id = ${r.messageId} AND "workspaceId" = ${r.workspaceId} AND "triagedAt" IS NULL AND EXISTS (SELECT 1 FROM conv)
      RETURNING id
    ), new_tags AS (
      INSERT INTO "TagApplication" (id, "workspaceId", "conversationId", "messageId", "tagId", source, confidence, reason, "appliedAt")
      SELECT t.id, ${r.workspaceId}, ${r.conversationId}, ${r.messageId}, t."tagId", t.source::"TagSource", t.confidence, t.reason, ${r.now}
      FROM json_to_recordset(${JSON.stringify(tags)}::json) AS t(id text, "tagId" text, source text, confidence float8, reason text)
      WHERE EXISTS (SELECT 1 FROM claimed)
      RETURNING 1
    ), new_events AS (
      INSERT INTO "ConversationEvent" (id, "workspaceId", "conversationId", kind, summary, data, "createdAt")
      SELECT e.id, ${r.workspaceId}, ${r.conversationId}, e.kind, e.summary, e.data, e."createdAt"
      FROM json_to_recordset(${JSON.stringify(events)}::json) AS e(id text, kind text, summary text, data jsonb, "createdAt" timestamp(3))
      WHERE EXISTS (SELECT 1 FROM claimed)
      RETURNING 1
    ), route_job AS (
      INSERT INTO "Outbox" ("workspaceId", queue, job, payload, "jobId", priority, "delayMs", "availableAt", "createdAt")
      SELECT ${r.workspaceId}, ${route.queue}, 'routing.conversation', ${JSON.stringify(r.route.payload)}::jsonb, ${r.route.jobId}, ${r.route.priority}, 0, ${r.now}, ${r.now}
      WHERE EXISTS (SELECT 1 FROM claimed)
      RETURNING 1
    )
    SELECT count(*)::int AS claimed FROM claimed`;
  return (row?.claimed ?? 0) > 0;
}
