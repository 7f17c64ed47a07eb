// Routes conversations after triage (lib/routing/apply-route), sends the
// optional auto-acknowledgement, and assigns a team's backlog when someone
// frees up. Every handler is idempotent: a re-delivered job finds the work
// done. Open inbox tabs hear about the changes after the writes commit.
import { startQueueWorker } from '@/lib/queue/start-queue-worker';
import { routeConversation } from '@/lib/routing/apply-route';
import { assignBacklog } from '@/lib/routing/assign-backlog';
import { sendAutoAcknowledgement } from '@/lib/sla/send-auto-acknowledgement';
import { publishConversationUpdated, publishMessageCreated, publishNotificationCreated } from '@/lib/live/publish-conversation-event';

export function startRoutingWorker() {
  return startQueueWorker(
    'routing',
    {
      'routing.conversation': async ({ workspaceId, conversationId }) => {
        const routed = await routeConversation(workspaceId, conversationId);
        const ack = await sendAutoAcknowledgement(workspaceId, conversationId);
        if (routed.outcome !== 'skipped') void publishConversationUpdated(workspaceId, conversationId, ['team', 'assignee', 'handoff', 'sla', 'priority']);
        if (routed.notified?.length) void publishNotificationCreated(workspaceId, routed.notified);
        if (ack.messageId) void publishMessageCreated(workspaceId, conversationId, ack.messageId, 'out');
        return { outcome: routed.outcome, assigneeId: routed.assigneeId, autoAck: ack.outcome };
      },
      'routing.backlog': async ({ workspaceId, teamId }) => {
        const result = await assignBacklog(workspaceId, { teamId });
        if (result.assigned) {
          void publishConversationUpdated(workspaceId, result.assignments.map((a) => a.conversationId), ['assignee']);
          void publishNotificationCreated(workspaceId, result.assignments.map((a) => a.assigneeId), 'assignment');
        }
        return { assigned: result.assigned };
      },
    },
    { concurrency: 8 },
  );
}
