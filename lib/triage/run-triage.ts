// The triage job for one message: load → decide (pure) → apply (atomic) → for
// an incident report, the crisis check (its own transaction, right after) → tell
// open inboxes. Safe to run any number of times for the same message: only the
// first run writes the triage; the crisis check is idempotent (it extends,
// never duplicates) and is run again by a re-delivered job, so a worker that
// died between the two loses nothing.
import { performance } from 'node:perf_hooks';
import { publishLive, workspaceTopic } from '@/lib/live/live-events';
import { publishConversationUpdated, publishNotificationCreated } from '@/lib/live/publish-conversation-event';
import { scopedDb } from '@/lib/tenancy';
import { applyCrisis, reportIsAlone, type CrisisOutcome } from './apply-crisis';
import { applyTriage, type TriageOutcome } from './apply-triage';
import { loadTriageContext, toTriageInput, type TriageContext } from './load-triage-context';
import { triageMessage } from './triage-message';

// Where the time went (the latency benchmark reads these from the job results).
export type RunTriageResult = TriageOutcome & { crisis?: CrisisOutcome | null; loadMs?: number; classifyMs?: number; applyMs?: number; crisisMs?: number };

export async function runTriage(workspaceId: string, messageId: string, now?: () => Date): Promise<RunTriageResult> {
  const t0 = performance.now();
  const ctx = await loadTriageContext(workspaceId, messageId);
  if (!ctx) return { status: 'skipped', reason: 'message not found' };
  if (ctx.message.triagedAt) {
    // Triaged already; if this is a re-delivery after a crash, finish the crisis check.
    const crisis = ctx.conversation.activeTags.includes('incident') ? await checkCrisis(ctx, ctx.message.conversationId) : null;
    if (crisis && crisis.action !== 'none') await publishAfterCommit(workspaceId, ctx.message.conversationId, crisis);
    return { status: 'skipped', reason: 'already triaged', crisis };
  }
  // Replies and notes are ours: only what customers write is triaged.
  if (ctx.message.direction !== 'in') return { status: 'skipped', reason: `not inbound (${ctx.message.direction})` };

  const t1 = performance.now();
  const result = triageMessage(toTriageInput(ctx));
  const t2 = performance.now();
  const outcome = await applyTriage(ctx, result, now?.() ?? new Date());
  const t3 = performance.now();
  if (outcome.status !== 'applied') return outcome;
  const crisis = outcome.incident ? await checkCrisis(ctx, outcome.conversationId) : null;
  const t4 = performance.now();
  await publishAfterCommit(workspaceId, outcome.conversationId, crisis);
  const raisedTo = crisis && crisis.action !== 'none' ? crisis.raised.find((r) => r.id === outcome.conversationId)?.severity : undefined;
  return { ...outcome, severity: raisedTo ?? outcome.severity, crisis, loadMs: t1 - t0, classifyMs: t2 - t1, applyMs: t3 - t2, crisisMs: t4 - t3 };
}

async function checkCrisis(ctx: TriageContext, conversationId: string): Promise<CrisisOutcome | null> {
  const incidentTagId = ctx.workspace.tagIdByKey.get('incident');
  if (!incidentTagId) return null;
  // Most incident reports are alone: settled by one read, with no transaction and
  // without waiting for the workspace's crisis lock (see reportIsAlone).
  const db = scopedDb(ctx.workspaceId);
  const alone = await reportIsAlone(db, { workspaceId: ctx.workspaceId, incidentTagId, now: new Date() });
  if (alone) return alone;
  return db.$transaction(
    (tx) => applyCrisis(tx, { workspaceId: ctx.workspaceId, conversationId, incidentTagId, workspaceName: ctx.workspace.name, now: new Date() }),
    { timeout: 15_000, maxWait: 10_000 },
  );
}

async function publishAfterCommit(workspaceId: string, conversationId: string, outcome: CrisisOutcome | null): Promise<void> {
  const changed = new Set([conversationId]);
  const crisis = outcome && outcome.action !== 'none' ? outcome : null;
  if (crisis) for (const id of [...crisis.linked, ...crisis.raised.map((r) => r.id)]) changed.add(id);
  await publishConversationUpdated(workspaceId, [...changed], ['tags', 'severity', 'priority', 'team']);
  if (crisis) {
    await publishLive(workspaceTopic(workspaceId, 'crisis'), { type: crisis.action === 'create' ? 'crisis.created' : 'crisis.updated', id: crisis.crisisId, title: crisis.title });
    await publishNotificationCreated(workspaceId, crisis.notified, 'crisis');
  }
}
