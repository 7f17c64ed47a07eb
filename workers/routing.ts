// Routes conversations after triage (lib/routing/apply-route), sends the
// optional auto-acknowledgement, and assigns a team's backlog when someone
// frees up. Every handler is idempotent: a re-delivered job finds the work done.
import { startQueueWorker } from '@/lib/queue/start-queue-worker';
import { routeConversation } from '@/lib/routing/apply-route';
import { assignBacklog } from '@/lib/routing/assign-backlog';
import { sendAutoAcknowledgement } from '@/lib/sla/send-auto-acknowledgement';
import { publishLive, workspaceTopic } from '@/lib/live/live-events';

export function startRoutingWorker() {
  return startQueueWorker(
    'routing',
    {
      'routing.conversation': async ({ workspaceId, conversationId }) => {
        const routed = await routeConversation(workspaceId, conversationId);
        const ack = await sendAutoAcknowledgement(workspaceId, conversationId);
        if (routed.outcome !== 'skipped') {
          await publishLive(workspaceTopic(workspaceId, 'conversation'), { type: 'conversation.routed', conversationId, outcome: routed.outcome, assigneeId: routed.assigneeId, teamId: routed.teamId });
        }
        return { outcome: routed.outcome, assigneeId: routed.assigneeId, autoAck: ack.outcome };
      },
      'routing.backlog': async ({ workspaceId, teamId }) => {
        const result = await assignBacklog(workspaceId, { teamId });
        for (const a of result.assignments) {
          await publishLive(workspaceTopic(workspaceId, 'conversation'), { type: 'conversation.routed', conversationId: a.conversationId, outcome: 'assigned', assigneeId: a.assigneeId });
        }
        return { assigned: result.assigned };
      },
    },
    { concurrency: 8 },
  );
}
