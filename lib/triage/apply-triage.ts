// The thin apply step of triage: writes the decision for one message atomically
// — tags (with source, confidence, reason and the message), languages, severity
// (raised, never lowered, never over an agent's choice), priority, timeline
// events, triagedAt on the message and the conversation, and the routing job
// (outbox) whose BullMQ priority follows the severity — all or nothing. (The
// crisis check of an incident report follows in its own transaction, see
// run-triage.ts, so that no triage waits for another's crisis check.)
//
// Two ways, same rows:
// - Fast (nearly every message): the decision is planned on the rows as loaded
//   and written by ONE guarded statement (write-triage-rows.ts) that applies only
//   if the message is still untriaged and the conversation unchanged since.
// - Transaction (when the fast write found the conversation changed, e.g. a
//   second message of it triaged at the same moment): lock the conversation,
//   plan again on fresh rows, write with the same statement.
//
// Exactly once: the guarded write claims the message (triagedAt still null), so
// a re-delivered or duplicated job writes nothing; two messages of one
// conversation are serialised by its row (the second sees it changed and plans
// again), so a tag is never added twice.
import { scopedDb } from '@/lib/tenancy';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { conversationPriority, type PriorityFields } from './conversation-priority';
import { tagState, type TriageContext } from './load-triage-context';
import { planTriageWrites, type ConversationState, type TriagePlan } from './plan-triage-writes';
import type { TriageResult } from './triage-message';
import { writeTriageRows, type TriageRows } from './write-triage-rows';

export type TriageOutcome =
  | { status: 'skipped'; reason: string }
  | { status: 'applied'; conversationId: string; severity: number; plan: TriagePlan; incident: boolean; path: 'fast' | 'transaction' };

type ConversationRow = Omit<ConversationState, 'activeTags' | 'agentRemovedTags'> & Omit<PriorityFields, 'severity'> & { updatedAt: Date };

// Test hook (worker robustness test): hold the transaction open before commit.
const testDelayMs = () => Number(process.env.TRIAGE_TEST_DELAY_MS ?? 0);

function rowsFor(ctx: TriageContext, result: TriageResult, plan: TriagePlan, conv: ConversationRow, now: Date): TriageRows {
  const { workspaceId, message, workspace } = ctx;
  return {
    workspaceId, conversationId: message.conversationId, messageId: message.id, now,
    expectedUpdatedAt: conv.updatedAt,
    messageLanguage: result.language === 'und' ? null : result.language,
    tags: plan.addTags.map((t) => ({ ...t, tagId: workspace.tagIdByKey.get(t.key)! })),
    events: plan.events,
    severity: plan.severity,
    priority: conversationPriority({ ...conv, severity: plan.severity }, plan.severity, now).score,
    language: plan.setLanguage,
    route: { payload: { workspaceId, conversationId: message.conversationId, reason: 'triaged' }, jobId: `route-${message.id}`, priority: jobPriorityForSeverity(plan.severity) },
  };
}

export async function applyTriage(ctx: TriageContext, result: TriageResult, now: Date = new Date()): Promise<TriageOutcome> {
  const { workspaceId, message, workspace } = ctx;
  const known = new Set(workspace.tagIdByKey.keys());
  const c = ctx.conversation;
  const plan = planTriageWrites(result, { ...c, activeTags: new Set(c.activeTags), agentRemovedTags: new Set(c.agentRemovedTags) }, known);
  if (!testDelayMs() && (await writeTriageRows(scopedDb(workspaceId), rowsFor(ctx, result, plan, c, now)))) {
    const incident = c.activeTags.includes('incident') || plan.addTags.some((t) => t.key === 'incident');
    return { status: 'applied', conversationId: message.conversationId, severity: plan.severity, plan, incident, path: 'fast' };
  }
  return applyInTransaction(ctx, result, known, now);
}

async function applyInTransaction(ctx: TriageContext, result: TriageResult, known: Set<string>, now: Date): Promise<TriageOutcome> {
  const { workspaceId, message, workspace } = ctx;
  const conversationId = message.conversationId;
  return scopedDb(workspaceId).$transaction(
    async (tx): Promise<TriageOutcome> => {
      const [conv] = await tx.$queryRaw<(ConversationRow & { pending: boolean })[]>`
        SELECT c.severity, c."severitySetBy", c.language, c."triagedAt", c."waitingSince", c."firstResponseAt", c."firstResponseDueAt", c."nextResponseDueAt", c."updatedAt",
               m."triagedAt" IS NULL AS pending
        FROM "Conversation" c JOIN "Message" m ON m."conversationId" = c.id
        WHERE m.id = ${message.id} AND m."workspaceId" = ${workspaceId}
        FOR UPDATE OF c`;
      if (!conv?.pending) return { status: 'skipped', reason: 'already triaged' };

      // Tags as loaded, unless the row changed since (every tag writer moves updatedAt).
      let { activeTags, agentRemovedTags } = ctx.conversation;
      if (conv.updatedAt.getTime() !== ctx.conversation.updatedAt.getTime()) {
        const apps = await tx.tagApplication.findMany({ where: { conversationId }, select: { tagId: true, removedAt: true } });
        ({ activeTags, agentRemovedTags } = tagState(apps.map((a) => ({ tagId: a.tagId, removed: !!a.removedAt })), workspace));
      }
      const plan = planTriageWrites(result, { ...conv, activeTags: new Set(activeTags), agentRemovedTags: new Set(agentRemovedTags) }, known);
      // We hold the row, so only a concurrent claim of the message can stop this.
      if (!(await writeTriageRows(tx, rowsFor(ctx, result, plan, conv, now)))) return { status: 'skipped', reason: 'already triaged' };

      const delay = testDelayMs();
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const incident = activeTags.includes('incident') || plan.addTags.some((t) => t.key === 'incident');
      return { status: 'applied', conversationId, severity: plan.severity, plan, incident, path: 'transaction' };
    },
    { timeout: 15_000 + testDelayMs(), maxWait: 10_000 },
  );
}
