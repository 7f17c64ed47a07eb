// The thin apply step of triage: writes the decision for one message in ONE
// transaction — tags (with source, confidence, reason and the message),
// languages, severity (raised, never lowered, never over an agent's choice),
// priority, timeline events, triagedAt on the message and the conversation, the
// crisis check for incident reports, and the routing job (outbox) whose BullMQ
// priority follows the severity. Four round trips in the common case: begin,
// claim + lock, write everything (write-triage-rows.ts), commit.
//
// Exactly once: the message is claimed first (triagedAt still null), so a
// re-delivered or duplicated job finds it taken — or waits for the first
// transaction's row lock and then finds it taken — and writes nothing. The
// conversation row is locked before its tags are read, so two messages of one
// conversation triaged at once cannot both add the same tag.
import { scopedDb } from '@/lib/tenancy';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { applyCrisis, type CrisisOutcome } from './apply-crisis';
import { conversationPriority } from './conversation-priority';
import { tagState, type TriageContext } from './load-triage-context';
import { planTriageWrites, type TriagePlan } from './plan-triage-writes';
import type { TriageResult } from './triage-message';
import { writeTriageRows } from './write-triage-rows';

export type TriageOutcome =
  | { status: 'skipped'; reason: string }
  | { status: 'applied'; conversationId: string; severity: number; plan: TriagePlan; crisis: CrisisOutcome | null };

type LockedConversation = {
  severity: number;
  severitySetBy: string | null;
  language: string | null;
  triagedAt: Date | null;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  updatedAt: Date;
};

// Test hook (worker robustness test): hold the transaction open before commit.
const testDelayMs = () => Number(process.env.TRIAGE_TEST_DELAY_MS ?? 0);

export async function applyTriage(ctx: TriageContext, result: TriageResult, now: Date = new Date()): Promise<TriageOutcome> {
  const { workspaceId, message, workspace } = ctx;
  const conversationId = message.conversationId;
  const incidentTagId = workspace.tagIdByKey.get('incident');

  return scopedDb(workspaceId).$transaction(
    async (tx): Promise<TriageOutcome> => {
      // Claim the message and lock its conversation, in one statement. No row:
      // another delivery of this job got here first (or the rows are gone).
      const language = !message.language && result.language !== 'und' ? result.language : null;
      const [conv] = await tx.$queryRaw<LockedConversation[]>`
        WITH claimed AS (
          UPDATE "Message" SET "triagedAt" = ${now}, language = COALESCE(language, ${language})
          WHERE id = ${message.id} AND "workspaceId" = ${workspaceId} AND "triagedAt" IS NULL
          RETURNING "conversationId")
        SELECT c.severity, c."severitySetBy", c.language, c."triagedAt", c."waitingSince", c."firstResponseAt", c."firstResponseDueAt", c."nextResponseDueAt", c."updatedAt"
        FROM "Conversation" c JOIN claimed ON claimed."conversationId" = c.id
        FOR UPDATE OF c`;
      if (!conv) return { status: 'skipped', reason: 'already triaged' };

      // Tags as loaded, unless the conversation changed since: every writer of
      // tag applications (this step, tag-conversation, untag-conversation) also
      // updates the conversation row, so an unchanged row means unchanged tags.
      let { activeTags, agentRemovedTags } = ctx.conversation;
      if (conv.updatedAt.getTime() !== ctx.conversation.updatedAt.getTime()) {
        const apps = await tx.tagApplication.findMany({ where: { conversationId }, select: { tagId: true, removedAt: true } });
        ({ activeTags, agentRemovedTags } = tagState(apps.map((a) => ({ tagId: a.tagId, removed: !!a.removedAt })), workspace));
      }
      const active = new Set(activeTags);
      const removed = new Set(agentRemovedTags);

      const plan = planTriageWrites(
        result,
        { severity: conv.severity, severitySetBy: conv.severitySetBy, language: conv.language, triagedAt: conv.triagedAt, activeTags: active, agentRemovedTags: removed },
        new Set(workspace.tagIdByKey.keys()),
      );

      const priority = conversationPriority(conv, plan.severity, now).score;
      await writeTriageRows(tx, {
        workspaceId, conversationId, messageId: message.id, now,
        tags: plan.addTags.map((t) => ({ ...t, tagId: workspace.tagIdByKey.get(t.key)! })),
        events: plan.events,
        severity: plan.severity,
        priority,
        language: plan.setLanguage,
        route: { payload: { workspaceId, conversationId, reason: 'triaged' }, jobId: `route-${message.id}`, priority: jobPriorityForSeverity(plan.severity) },
      });

      let crisis: CrisisOutcome | null = null;
      const incidentActive = active.has('incident') || plan.addTags.some((t) => t.key === 'incident');
      if (incidentTagId && incidentActive) {
        crisis = await applyCrisis(tx, { workspaceId, conversationId, incidentTagId, workspaceName: workspace.name, now: new Date(now.getTime() + plan.events.length) });
      }
      const raisedTo = crisis && crisis.action !== 'none' ? crisis.raised.find((r) => r.id === conversationId)?.severity : undefined;
      if (raisedTo !== undefined) {
        // The crisis made it more urgent: so is its routing job.
        await tx.$executeRaw`UPDATE "Outbox" SET priority = ${jobPriorityForSeverity(raisedTo)} WHERE "jobId" = ${`route-${message.id}`} AND status = 'pending'`;
      }
      const severity = raisedTo ?? plan.severity;

      const delay = testDelayMs();
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      return { status: 'applied', conversationId, severity, plan, crisis };
    },
    { timeout: 15_000 + testDelayMs(), maxWait: 10_000 },
  );
}
