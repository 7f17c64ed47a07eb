// Where presence lives: Redis when the queues run on Redis (entries expire on
// their own and nothing touches Postgres ten times a minute per tab), else an
// UNLOGGED Postgres table. Both keep one entry per (workspace, member, tab) and
// sweep expired entries as heartbeats arrive, reporting them so that open
// tabs hear that someone left even when their tab died without saying so.
import { resolveQueueBackend } from '@/lib/queue/backend';
import type { PresenceEntry } from './presence-types';

export type PutResult = {
  // This tab's entry before (null if none, or expired).
  previous: PresenceEntry | null;
  // Other entries of the workspace that had expired and were swept now.
  expired: PresenceEntry[];
};

export interface PresenceStore {
  put(workspaceId: string, entry: PresenceEntry, now: number): Promise<PutResult>;
  // Removes the tab's entry if it is still on conversationId; returns it if so.
  remove(workspaceId: string, membershipId: string, tabId: string, conversationId: string): Promise<PresenceEntry | null>;
  list(workspaceId: string, now: number): Promise<PresenceEntry[]>;
}

const g = globalThis as unknown as { __switchboardPresence?: Promise<PresenceStore> };

export function getPresenceStore(): Promise<PresenceStore> {
  g.__switchboardPresence ??= (async () => {
    const backend = await resolveQueueBackend();
    if (backend.kind === 'redis') {
      const { RedisPresenceStore } = await import('./redis-presence-store');
      return new RedisPresenceStore(backend.url);
    }
    const { PostgresPresenceStore } = await import('./postgres-presence-store');
    return new PostgresPresenceStore();
  })();
  return g.__switchboardPresence;
}
