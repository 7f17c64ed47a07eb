// Polls the IMAP mailboxes of email channels: one job scheduler per channel
// (lib/channels/email/schedule-imap-polling.ts), one poll per job. A channel
// is never polled twice at once (a lease in poll-imap.ts), whatever the
// number of worker processes; a failed poll is recorded on the channel and
// the next tick tries again.
import { startQueueWorker } from '@/lib/queue/start-queue-worker';
import { pollImapChannel } from '@/lib/channels/email/poll-imap';
import { scheduleImapPolling } from '@/lib/channels/email/schedule-imap-polling';
import { log } from '@/lib/log';

const RESYNC_MS = 5 * 60_000;

export async function startEmailPoller() {
  const sync = () => scheduleImapPolling().catch((err: Error) => log.warn('could not schedule IMAP polling', { error: err.message }));
  await sync();
  const timer = setInterval(sync, RESYNC_MS);
  timer.unref();
  const stop = await startQueueWorker(
    'email',
    {
      'email.poll': async ({ channelId }) => {
        const result = await pollImapChannel(channelId).catch((err: Error) => ({ status: 'skipped', error: err.message }));
        if ('received' in result && result.received) log.info('imap messages received', { channelId, received: result.received });
        return result;
      },
    },
    { concurrency: 4 },
  );
  return async () => {
    clearInterval(timer);
    await stop();
  };
}
