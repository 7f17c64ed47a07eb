// Snoozed conversations whose time has come go back to the open inbox.
import { db } from '@/lib/db';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';

export async function wakeSnoozedConversations(now = new Date()): Promise<number> {
  const woken = await db.conversation.updateManyAndReturn({
    where: { status: 'snoozed', snoozedUntil: { lte: now } },
    data: { status: 'open', snoozedUntil: null },
    select: { id: true, workspaceId: true },
  });
  // Open inboxes show them again without a reload.
  for (const c of woken) void publishConversationUpdated(c.workspaceId, c.id, ['status']);
  return woken.length;
}
