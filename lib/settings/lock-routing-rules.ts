// Serialises changes to a workspace's rule order, so two managers moving
// rules at once cannot leave two rules at the same position.
import type { Tx } from './settings-context';

export async function lockRoutingRules(tx: Tx, workspaceId: string): Promise<void> {
  const key = `routing-rules:${workspaceId}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
}
