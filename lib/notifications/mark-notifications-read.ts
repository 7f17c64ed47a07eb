// Marks the signed-in member's notifications read: the given ids, or all of
// them. Someone else's ids (or another workspace's) are simply not matched:
// the update only touches the caller's own unread rows.
import { z } from 'zod';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { countUnread } from './count-unread';
import { notificationRecipient } from './notification-member';
import { publishInboxEvent } from '@/lib/live/publish-conversation-event';

export const markReadInput = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(200) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

export type MarkReadInput = z.input<typeof markReadInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'actor' | 'workspaceId'>;

export async function markNotificationsRead(ctx: Ctx, raw: MarkReadInput, now: Date = new Date()): Promise<{ marked: number; unread: number }> {
  const input = markReadInput.parse(raw);
  const recipientId = notificationRecipient(ctx.actor);
  const { count } = await ctx.db.notification.updateMany({
    where: { recipientId, readAt: null, ...('ids' in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: now },
  });
  // The member's other tabs update their bell too.
  if (count) void publishInboxEvent(ctx.workspaceId, { type: 'notification.read', recipientIds: [recipientId] });
  return { marked: count, unread: await countUnread(ctx, recipientId) };
}
