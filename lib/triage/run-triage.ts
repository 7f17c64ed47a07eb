// The triage job for one message: load → decide (pure) → apply (one
// transaction) → tell open inboxes. Safe to run any number of times for the same
// message: only the first run writes anything (see apply-triage.ts).
import { performance } from 'node:perf_hooks';
import { publishLive, workspaceTopic } from '@/lib/live/live-events';
import { publishConversationUpdated, publishNotificationCreated } from '@/lib/live/publish-conversation-event';
import { applyTriage, type TriageOutcome } from './apply-triage';
import { loadTriageContext, toTriageInput } from './load-triage-context';
import { triageMessage } from './triage-message';

// Where the time went (the latency benchmark reads these from the job results).
export type RunTriageResult = TriageOutcome & { loadMs?: number; classifyMs?: number; applyMs?: number };

export async function runTriage(workspaceId: string, messageId: string, now?: () => Date): Promise<RunTriageResult> {
  const t0 = performance.now();
  const ctx = await loadTriageContext(workspaceId, messageId);
  if (!ctx) return { status: 'skipped', reason: 'message not found' };
  if (ctx.message.triagedAt) return { status: 'skipped', reason: 'already triaged' };
  // Replies and notes are ours: only what customers write is triaged.
  if (ctx.message.direction !== 'in') return { status: 'skipped', reason: `not inbound (${ctx.message.direction})` };

  const t1 = performance.now();
  const result = triageMessage(toTriageInput(ctx));
  const t2 = performance.now();
  const outcome = await applyTriage(ctx, result, now?.() ?? new Date());
  const t3 = performance.now();
  if (outcome.status === 'applied') await publishAfterCommit(workspaceId, outcome);
  return { ...outcome, loadMs: t1 - t0, classifyMs: t2 - t1, applyMs: t3 - t2 };
}

async function publishAfterCommit(workspaceId: string, outcome: Extract<TriageOutcome, { status: 'applied' }>): Promise<void> {
  const changed = new Set([outcome.conversationId]);
  const crisis = outcome.crisis && outcome.crisis.action !== 'none' ? outcome.crisis : null;
  if (crisis) for (const id of [...crisis.linked, ...crisis.raised.map((r) => r.id)]) changed.add(id);
  await publishConversationUpdated(workspaceId, [...changed], ['tags', 'severity', 'priority', 'team']);
  if (crisis) {
    await publishLive(workspaceTopic(workspaceId, 'crisis'), { type: crisis.action === 'create' ? 'crisis.created' : 'crisis.updated', id: crisis.crisisId, title: crisis.title });
    await publishNotificationCreated(workspaceId, crisis.notified, 'crisis');
  }
}
