// The write side of giving a conversation to someone, shared by routing,
// backlog assignment, escalation and accepted handoffs: the guarded update
// (only if the assignee is still what the caller read), the Assignment history
// row with method and reason, the member's round-robin timestamp, the
// timeline event and the notification. Inside the caller's transaction.
import type { Tx } from '@/lib/sla/apply-sla';

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
export async function recordAssignment(tx: Tx, w: AssignmentWrite): Promise<boolean> {
  const { count } = await tx.conversation.updateMany({
    where: { id: w.conversationId, assigneeId: w.expectedAssigneeId },
    data: { assigneeId: w.to.membershipId, ...(w.teamId ? { teamId: w.teamId } : {}) },
  });
  if (count === 0) return false;
  await tx.assignment.create({
    data: { workspaceId: w.workspaceId, conversationId: w.conversationId, fromId: w.expectedAssigneeId, toId: w.to.membershipId, teamId: w.teamId, method: w.method, reason: w.reason, actorId: w.actorId ?? null, createdAt: w.now },
  });
  // Someone owns it now: a handoff still waiting for acceptance is moot.
  await tx.handoff.updateMany({ where: { conversationId: w.conversationId, acceptedAt: null, cancelledAt: null }, data: { cancelledAt: w.now } });
  if (w.teamId) {
    await tx.teamMember.updateMany({ where: { teamId: w.teamId, membershipId: w.to.membershipId }, data: { lastAssignedAt: w.now } });
  }
  await tx.conversationEvent.create({
    data: {
      workspaceId: w.workspaceId,
      conversationId: w.conversationId,
      kind: w.eventKind ?? 'assignment',
      summary: w.summary,
      data: { fromId: w.expectedAssigneeId, toId: w.to.membershipId, teamId: w.teamId, method: w.method, reason: w.reason },
      actorId: w.actorId ?? null,
      createdAt: w.eventAt ?? w.now,
    },
  });
  if (w.notification) {
    await tx.notification.create({
      data: { workspaceId: w.workspaceId, recipientId: w.to.membershipId, conversationId: w.conversationId, createdAt: w.now, ...w.notification },
    });
  }
  return true;
}
