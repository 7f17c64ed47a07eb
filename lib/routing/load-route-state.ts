// What routing needs about one conversation, read in ONE statement after its
// row is locked: the conversation, its channel's provider, the workspace's
// time zone, the contact's name, its active tags, whether a handoff waits and
// whether it was escalated before, the workspace's enabled routing rules and
// teams, and what the SLA step needs (policies, last reopen). Through the ORM
// this was ~15 statements per routed conversation, each a round trip costing
// CPU on both sides. It is read fresh every time (no cache), so a rule or team
// changed a moment ago applies at once. Raw SQL: every table is filtered by
// workspaceId here.
//
// The lock is a separate statement on purpose: in READ COMMITTED a statement
// that waits for a row lock re-reads only that row, not its subqueries, so
// reading after the lock sees everything committed before we got it.
import type { Tx, SlaState } from '@/lib/sla/apply-sla';
import { reopenedAtSql, slaConversationColumns, slaPolicyJson, slaStateOf } from '@/lib/sla/apply-sla';
import type { SlaPolicyLike } from '@/lib/sla/pick-sla-policy';
import type { RuleRow } from './decide-route';
import type { TeamRow } from './load-team-roster';

export type RouteState = {
  c: {
    id: string;
    teamId: string | null;
    assigneeId: string | null;
    severity: number;
    status: string;
    language: string | null;
    preview: string;
    subject: string | null;
    lastInboundAt: Date | null;
    createdAt: Date;
    contact: { name: string };
  };
  provider: string;
  timezone: string;
  tags: string[];
  openHandoff: boolean;
  escalatedBefore: boolean;
  rules: RuleRow[];
  teams: TeamRow[];
  sla: SlaState;
};

type Row = SlaState['conversation'] & {
  teamId: string | null;
  assigneeId: string | null;
  language: string | null;
  preview: string;
  subject: string | null;
  lastInboundAt: Date | null;
  contactName: string;
  provider: string;
  timezone: string;
  tags: string[];
  openHandoff: boolean;
  escalatedBefore: boolean;
  rules: RuleRow[];
  teams: TeamRow[];
  policies: SlaPolicyLike[];
  reopenedAt: Date | null;
};

// Locks the conversation row (FOR UPDATE): false when it is not in this workspace.
export async function lockConversation(tx: Tx, workspaceId: string, conversationId: string): Promise<boolean> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Conversation" WHERE id = ${conversationId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  return locked.length > 0;
}

export async function loadRouteState(tx: Tx, workspaceId: string, conversationId: string): Promise<RouteState | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT ${slaConversationColumns}, c."teamId", c."assigneeId", c.language, c.preview, c.subject, c."lastInboundAt",
      ct.name AS "contactName", ch.provider::text AS provider, w.timezone,
      COALESCE((SELECT array_agg(t.key ORDER BY a."appliedAt", a.id) FROM "TagApplication" a JOIN "Tag" t ON t.id = a."tagId"
                WHERE a."conversationId" = c.id AND a."workspaceId" = ${workspaceId} AND a."removedAt" IS NULL), '{}') AS tags,
      EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = c.id AND h."workspaceId" = ${workspaceId} AND h."acceptedAt" IS NULL AND h."cancelledAt" IS NULL) AS "openHandoff",
      EXISTS (SELECT 1 FROM "Assignment" s WHERE s."conversationId" = c.id AND s."workspaceId" = ${workspaceId} AND s.method = 'escalation') AS "escalatedBefore",
      COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'position', r.position, 'enabled', r.enabled, 'conditions', r.conditions, 'action', r.action) ORDER BY r.position, r.id)
                FROM "RoutingRule" r WHERE r."workspaceId" = ${workspaceId} AND r.enabled), '[]'::json) AS rules,
      COALESCE((SELECT json_agg(json_build_object('id', t.id, 'key', t.key, 'name', t.name, 'assignmentMode', t."assignmentMode", 'managerId', t."managerId") ORDER BY t."createdAt", t.id)
                FROM "Team" t WHERE t."workspaceId" = ${workspaceId}), '[]'::json) AS teams,
      ${slaPolicyJson(workspaceId)} AS policies,
      ${reopenedAtSql(workspaceId)} AS "reopenedAt"
    FROM "Conversation" c
    JOIN "Channel" ch ON ch.id = c."channelId"
    JOIN "Workspace" w ON w.id = c."workspaceId"
    JOIN "Contact" ct ON ct.id = c."contactId"
    WHERE c.id = ${conversationId} AND c."workspaceId" = ${workspaceId}`;
  if (!row) return null;
  return {
    c: {
      id: row.id, teamId: row.teamId, assigneeId: row.assigneeId, severity: row.severity, status: row.status, language: row.language,
      preview: row.preview, subject: row.subject, lastInboundAt: row.lastInboundAt, createdAt: row.createdAt, contact: { name: row.contactName },
    },
    provider: row.provider,
    timezone: row.timezone,
    tags: [...new Set(row.tags)],
    openHandoff: row.openHandoff,
    escalatedBefore: row.escalatedBefore,
    rules: row.rules,
    teams: row.teams,
    sla: slaStateOf(row),
  };
}
