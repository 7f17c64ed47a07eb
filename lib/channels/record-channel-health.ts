// Channel health for the team to see: when it last received an event, its last
// error. lastEventAt is written at most every 10 s per channel so that a busy
// channel does not turn its row into a hot lock: the UPDATE only matches an
// older value, and a process that wrote it recently skips the round trip.
import { db } from '@/lib/db';
import { log } from '@/lib/log';

const EVERY_MS = 10_000;
const recent = new Map<string, number>();

export async function recordChannelEvent(channelId: string, at = new Date()): Promise<void> {
  const last = recent.get(channelId);
  if (last !== undefined && at.getTime() - last < EVERY_MS && at.getTime() >= last) return;
  if (recent.size > 10_000) recent.clear();
  recent.set(channelId, at.getTime());
  // The threshold is computed here: "<param> - interval" would leave the
  // parameter untyped and Postgres would read it as an interval.
  const before = new Date(at.getTime() - EVERY_MS);
  await db.$executeRaw`
    UPDATE "Channel" SET "lastEventAt" = ${at}
    WHERE id = ${channelId} AND ("lastEventAt" IS NULL OR "lastEventAt" < ${before})`.catch((err: Error) => {
    recent.delete(channelId);
    log.warn('could not record channel event', { channelId, error: err.message });
  });
}

export async function recordChannelError(channelId: string, message: string, at = new Date()): Promise<void> {
  await db.channel
    .update({ where: { id: channelId }, data: { lastError: message.slice(0, 1000), lastErrorAt: at } })
    .catch((err: Error) => log.warn('could not record channel error', { channelId, error: err.message }));
}
