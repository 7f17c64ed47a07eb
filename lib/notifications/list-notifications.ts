// The signed-in member's notifications, newest first, with the unread count:
// the bell's dropdown. Keyset paging on (createdAt, id). Only the member's
// own rows of this workspace: the scoped client adds the workspace, the where
// clause the recipient.
import { z } from 'zod';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { countUnread } from './count-unread';
import { notificationRecipient } from './notification-member';

export const listNotificationsInput = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(200).optional(),
    unread: z.enum(['true', 'false']).optional(),
  })
  .strict();

export type NotificationView = {
  id: string;
  kind: string;
  title: string;
  body: string;
  conversationId: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationList = { items: NotificationView[]; unread: number; nextCursor: string | null };

type Ctx = Pick<WorkspaceContext, 'db' | 'actor'>;

export async function listNotifications(ctx: Ctx, raw: z.input<typeof listNotificationsInput> = {}): Promise<NotificationList> {
  const input = listNotificationsInput.parse(raw);
  const recipientId = notificationRecipient(ctx.actor);
  const after = input.cursor ? decodeCursor(input.cursor, z.tuple([z.string().datetime(), z.string().max(64)])) : null;
  const rows = await ctx.db.notification.findMany({
    where: {
      recipientId,
      ...(input.unread === 'true' ? { readAt: null } : {}),
      ...(after ? { OR: [{ createdAt: { lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { lt: after[1] } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: { id: true, kind: true, title: true, body: true, conversationId: true, createdAt: true, readAt: true },
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
    unread: await countUnread(ctx, recipientId),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
