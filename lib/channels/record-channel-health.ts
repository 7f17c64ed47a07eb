// Channel health for the team to see: when it last received an event, its last
// error. lastEventAt is written at most every 10 s per channel so that a busy
// channel does not turn its row into a hot lock.
import { db } from '@/lib/db';
import { log } from '@/lib/log';

export async function recordChannelEvent(channelId: string, at = new Date()): Promise<void> {
  await db.$executeRaw`
    UPDATE "Channel" SET "lastEventAt" = ${at}
    WHERE id = ${channelId} AND ("lastEventAt" IS NULL OR "lastEventAt" < ${at} - interval '10 seconds')`.catch((err: Error) =>
    log.warn('could not record channel event', { channelId, error: err.message }),
  );
}

export async function recordChannelError(channelId: string, message: string, at = new Date()): Promise<void> {
  await db.channel
    .update({ where: { id: channelId }, data: { lastError: message.slice(0, 1000), lastErrorAt: at } })
    .catch((err: Error) => log.warn('could not record channel error', { channelId, error: err.message }));
}
