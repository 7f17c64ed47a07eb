// A tab says where its member is: viewing or typing in a conversation, or gone
// from it ("left", sent as a beacon when the page unloads). The entry lives
// PRESENCE_TTL_MS unless refreshed. When the viewers of a conversation change
// (someone arrives, starts or stops typing, leaves, or their entry expired
// and was swept now), the new list is published as `presence.updated`, so
// every open tab of the workspace shows it within a second; heartbeats that
// change nothing publish nothing.
import { z } from 'zod';
import { forbidden, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { publishInboxEvent } from '@/lib/live/publish-conversation-event';
import { getPresenceStore, type PresenceStore } from './presence-store';
import { PRESENCE_TTL_MS, viewersOf, type PresenceEntry, type Viewer } from './presence-types';

export const presenceInput = z
  .object({
    conversationId: z.string().trim().min(1).max(64),
    state: z.enum(['viewing', 'typing', 'left']),
    // A random id per browser tab (the client makes it), so two tabs of one member are two entries.
    tabId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'tabId is 8 to 64 letters, digits, _ or -'),
  })
  .strict();

export type PresenceInput = z.input<typeof presenceInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

// opts: a clock and a store for tests; by default now and the backend's store.
export async function recordPresence(ctx: Ctx, raw: PresenceInput, opts: { now?: number; store?: PresenceStore } = {}): Promise<{ viewers: Viewer[] }> {
  const input = presenceInput.parse(raw);
  if (ctx.actor.type !== 'user') throw forbidden('Presence is for signed-in members');
  const me = ctx.actor;
  const now = opts.now ?? Date.now();
  const store = opts.store ?? (await getPresenceStore());
  const changed = new Set<string>();

  if (input.state === 'left') {
    const removed = await store.remove(ctx.workspaceId, me.membershipId, input.tabId, input.conversationId);
    if (removed) changed.add(removed.conversationId);
  } else {
    // An id of another workspace (or none) is a 404, and nothing is stored.
    const conversation = await ctx.db.conversation.findUnique({ where: { id: input.conversationId }, select: { id: true } });
    if (!conversation) throw notFound('Conversation');
    const entry: PresenceEntry = { membershipId: me.membershipId, tabId: input.tabId, conversationId: conversation.id, name: me.name, state: input.state, expiresAt: now + PRESENCE_TTL_MS };
    const { previous, expired } = await store.put(ctx.workspaceId, entry, now);
    if (!previous || previous.conversationId !== entry.conversationId || previous.state !== entry.state || previous.name !== entry.name) changed.add(entry.conversationId);
    if (previous && previous.conversationId !== entry.conversationId) changed.add(previous.conversationId);
    for (const e of expired) changed.add(e.conversationId);
  }

  const entries = await store.list(ctx.workspaceId, now);
  for (const conversationId of changed) {
    void publishInboxEvent(ctx.workspaceId, { type: 'presence.updated', conversationId, viewers: viewersOf(entries, conversationId, now) });
  }
  return { viewers: viewersOf(entries, input.conversationId, now) };
}
