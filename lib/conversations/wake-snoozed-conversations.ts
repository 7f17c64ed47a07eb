// Snoozed conversations whose time has come go back to the open inbox.
import { db } from '@/lib/db';

export async function wakeSnoozedConversations(now = new Date()): Promise<number> {
  const { count } = await db.conversation.updateMany({
    where: { status: 'snoozed', snoozedUntil: { lte: now } },
    data: { status: 'open', snoozedUntil: null },
  });
  return count;
}
