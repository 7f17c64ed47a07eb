// The write side of giving a conversation to someone, shared by routing,
// backlog assignment, escalation and accepted handoffs: the guarded update
// (only if the assignee is still what the caller read), the Assignment history
// row with method and reason, the member's round-robin timestamp, the
// timeline event and the notification. Inside the caller's transaction.
import type { Tx } from '@/lib/sla/apply-sla';
import { uuidv7 } from '@/lib/triage/write-triage-rows';

export type AssignmentWrite = {
  workspaceId: string;
  conversationId: string;
  expectedAssigneeId: string | null;
  teamId: string | null;
  to: { membershipId: string; name: string };
  // round_robin, least_loaded, escalation, rule, handoff, backlog
  method: string;
  reason: string;
  summary: string;
  eventKind?: string;
  actorId?: string | null;
  notification: { kind: string; title: string; body: string } | null;
  now: Date;
  // When the timeline entry goes (defaults to now; keeps order with entries written in the same step).
  eventAt?: Date;
};

// false when the conversation changed under us (someone else assigned it).
//
// ONE guarded statement (it was six through the ORM, inside the team lock that
// other routing jobs of the team wait on): the update claims the conversation
// only if its assignee is still the expected one, and every other row is
// written only if that claim succeeded. Raw SQL: workspaceId is filtered here;
// ids are UUIDv7 like the schema's default, updatedAt moves as @updatedAt would.
export async function recordAssignment(tx: Tx, w: AssignmentWrite): Promise<boolean> {
  const t = w.now.getTime();
  const n = w.notification;
  const [row] = await tx.$queryRaw<{ claimed: number }[]>`
    WITH claimed AS (
      UPDATE "Conversation" SET "assigneeId" = ${w.to.membershipId}, "teamId" = COALESCE(${w.teamId}::text, "teamId"), "updatedAt" = ${new Date()}
      WHERE id = ${w.conversationId} AND "workspaceId" = ${w.workspaceId} AND "assigneeId" IS NOT DISTINCT FROM ${w.expectedAssigneeId}::text
      RETURNING id
    ), history AS (
      INSERT INTO "Assignment" (id, "workspaceId", "conversationId", "fromId", "toId", "teamId", method, reason, "actorId", "createdAt")
      SELECT ${uuidv7(t)}, ${w.workspaceId}, ${w.conversationId}, ${w.expectedAssigneeId}::text, ${w.to.membershipId}, ${w.teamId}::text, ${w.method}, ${w.reason}, ${w.actorId ?? null}::text, ${w.now}
      FROM claimed
      RETURNING 1
    ), moot AS (
      -- Someone owns it now: a handoff still waiting for acceptance is moot.
      UPDATE "Handoff" SET "cancelledAt" = ${w.now}
      WHERE "conversationId" = ${w.conversationId} AND "workspaceId" = ${w.workspaceId} AND "acceptedAt" IS NULL AND "cancelledAt" IS NULL AND EXISTS (SELECT 1 FROM claimed)
      RETURNING 1
    ), turn AS (
      UPDATE "TeamMember" tm SET "lastAssignedAt" = ${w.now}
      FROM "Team" team
      WHERE tm."teamId" = ${w.teamId}::text AND tm."membershipId" = ${w.to.membershipId} AND team.id = tm."teamId" AND team."workspaceId" = ${w.workspaceId}
        AND EXISTS (SELECT 1 FROM claimed)
      RETURNING 1
    ), timeline AS (
      INSERT INTO "ConversationEvent" (id, "workspaceId", "conversationId", kind, summary, data, "actorId", "createdAt")
      SELECT ${uuidv7((w.eventAt ?? w.now).getTime())}, ${w.workspaceId}, ${w.conversationId}, ${w.eventKind ?? 'assignment'}, ${w.summary},
        ${JSON.stringify({ fromId: w.expectedAssigneeId, toId: w.to.membershipId, teamId: w.teamId, method: w.method, reason: w.reason })}::jsonb,
        ${w.actorId ?? null}::text, ${w.eventAt ?? w.now}
      FROM claimed
      RETURNING 1
    ), bell AS (
      INSERT INTO "Notification" (id, "workspaceId", "recipientId", "conversationId", kind, title, body, "createdAt")
      SELECT ${uuidv7(t)}, ${w.workspaceId}, ${w.to.membershipId}, ${w.conversationId}, ${n?.kind ?? ''}, ${n?.title ?? ''}, ${n?.body ?? ''}, ${w.now}
      FROM claimed WHERE ${n !== null}
      RETURNING 1
    )
    SELECT count(*)::int AS claimed FROM claimed`;
  return (row?.claimed ?? 0) > 0;
}
