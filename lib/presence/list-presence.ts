// Who has which conversation open in the workspace right now: the snapshot
// the inbox list loads once (and again after a reconnect), then keeps current
// with `presence.updated` events.
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { getPresenceStore, type PresenceStore } from './presence-store';
import { presenceSnapshot, type Viewer } from './presence-types';

export async function listPresence(ctx: Pick<WorkspaceContext, 'workspaceId'>, opts: { now?: number; store?: PresenceStore } = {}): Promise<{ conversations: Record<string, Viewer[]> }> {
  const now = opts.now ?? Date.now();
  const store = opts.store ?? (await getPresenceStore());
  return { conversations: presenceSnapshot(await store.list(ctx.workspaceId, now), now) };
}
