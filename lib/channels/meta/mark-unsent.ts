// A customer unsent a DM (Instagram message.is_deleted) or removed a comment
// (Page feed verb "remove"). We honour it as Meta asks: the stored text and
// attachments are blanked and the message is marked meta.unsent, so the
// thread still shows that something was there. One UPDATE, idempotent.
import { db } from '@/lib/db';

export async function markUnsent(channelId: string, providerMessageIds: string[], at = new Date()): Promise<number> {
  if (!providerMessageIds.length) return 0;
  return db.$executeRaw`
    UPDATE "Message"
    SET text = '', html = NULL, attachments = '[]'::jsonb,
        meta = meta || jsonb_build_object('unsent', true, 'unsentAt', ${at.toISOString()}::text)
    WHERE "channelId" = ${channelId} AND direction = 'in' AND "providerMessageId" = ANY(${providerMessageIds}::text[])
      AND NOT (meta ? 'unsent')`;
}
