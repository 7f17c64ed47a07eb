// A settings change that may let a team take more work (a capacity raised, a
// member activated or added, a shift changed) asks the routing worker to
// assign that team's waiting backlog: one `routing.backlog` job per team,
// through the outbox in the change's own transaction. The job id comes from
// the audit entry of the change, so a re-relay is a no-op.
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import type { Tx } from './settings-context';

export async function enqueueTeamBacklogs(tx: Tx, workspaceId: string, teamIds: Iterable<string | null | undefined>, triggerId: string): Promise<string[]> {
  const unique = [...new Set([...teamIds].filter((t): t is string => Boolean(t)))].sort();
  for (const teamId of unique) {
    await addOutboxJob(tx, 'routing.backlog', { workspaceId, teamId }, { jobId: `backlog-${teamId}-${triggerId}`, priority: 2 });
  }
  return unique;
}
