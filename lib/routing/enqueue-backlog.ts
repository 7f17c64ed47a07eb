// Someone freed up (resolved or gave away a conversation): ask the routing
// worker to assign the team's waiting backlog, through the outbox, inside the
// caller's transaction. One job per trigger; the backlog use case is
// idempotent, so extra jobs cost a query and nothing else.
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import type { Tx } from '@/lib/sla/apply-sla';

export async function enqueueBacklog(tx: Tx, workspaceId: string, conversationId: string, now: Date): Promise<boolean> {
  const c = await tx.conversation.findUnique({ where: { id: conversationId }, select: { teamId: true } });
  if (!c?.teamId) return false;
  await addOutboxJob(tx, 'routing.backlog', { workspaceId, teamId: c.teamId }, { jobId: `backlog-${c.teamId}-${conversationId}-${now.getTime()}`, priority: 2 });
  return true;
}
