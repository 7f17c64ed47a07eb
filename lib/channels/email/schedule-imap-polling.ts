// Keeps one BullMQ job scheduler ("email-poll:<channelId>", every 60 s) per
// enabled email channel with IMAP set up, and removes the schedulers of
// channels that no longer need one. Idempotent: every worker process runs it
// at start and every few minutes; channel settings code may call it on save.
import { db } from '@/lib/db';
import { getQueue } from '@/lib/queue/get-queue';
import { imapSettingsOf } from '@/lib/channels/email/poll-imap';

export const IMAP_POLL_EVERY_MS = 60_000;
const PREFIX = 'email-poll:';

export async function scheduleImapPolling(): Promise<{ scheduled: number; removed: number }> {
  const queue = await getQueue('email');
  const channels = await db.channel.findMany({ where: { provider: 'email', enabled: true }, select: { id: true, workspaceId: true, settings: true } });
  const wanted = channels.filter((c) => imapSettingsOf({ settings: (c.settings ?? {}) as Record<string, unknown> }));
  for (const c of wanted) {
    await queue.upsertJobScheduler(`${PREFIX}${c.id}`, { every: IMAP_POLL_EVERY_MS }, {
      name: 'email.poll',
      data: { workspaceId: c.workspaceId, channelId: c.id },
      opts: { priority: 3 },
    });
  }
  const keep = new Set(wanted.map((c) => `${PREFIX}${c.id}`));
  let removed = 0;
  for (const s of await queue.getJobSchedulers(0, -1)) {
    const id = s.key ?? s.id;
    if (id?.startsWith(PREFIX) && !keep.has(id) && (await queue.removeJobScheduler(id))) removed++;
  }
  return { scheduled: wanted.length, removed };
}
