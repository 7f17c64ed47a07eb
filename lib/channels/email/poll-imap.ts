// One IMAP poll of an email channel's INBOX (imapflow), with settings.imap
// {host, port, secure, user} and secrets.imapPassword:
// - the first poll takes the UNSEEN messages; later polls every UID above the
//   last one seen (channel.settings.imapLastUid, reset when UIDVALIDITY changes),
//   so mail a person already opened in another client is not missed;
// - each message goes through the same path as webhooks: parse → normalize →
//   ingestInboundMessage (a bounce also marks our returned message failed);
// - \Seen is set only after the message is committed, and the last UID is
//   saved after each one, so a crash repeats at most one message, which the
//   unique Message-ID per channel turns into a no-op;
// - one poll per channel at a time, across processes: a lease in the channel
//   row (settings.imapPollLease), taken with one conditional UPDATE;
// - login and connection failures are recorded on the channel for admins.
import { ImapFlow } from 'imapflow';
import { db } from '@/lib/db';
import { loadChannel, type LoadedChannel } from '@/lib/channels/load-channel';
import { recordChannelError } from '@/lib/channels/record-channel-health';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import { applyDeliveryStatus } from '@/lib/ingest/apply-delivery-status';
import { parseRawEmail } from '@/lib/channels/email/parse-raw-email';
import { normalizeEmail } from '@/lib/channels/email/normalize-email';
import { MAX_EMAIL_BYTES } from '@/lib/channels/email/parsed-email';
import { log } from '@/lib/log';

export type ImapSettings = { host: string; port?: number; secure?: boolean; user: string };
export type PollResult = { status: 'polled' | 'busy' | 'not-configured' | 'failed'; fetched: number; received: number; duplicates: number; ignored: number; error?: string };

const LEASE_SECONDS = 300;
const MAX_PER_POLL = 100;

export function imapSettingsOf(channel: Pick<LoadedChannel, 'settings'>): ImapSettings | null {
  const imap = channel.settings.imap as Partial<ImapSettings> | undefined;
  return imap?.host && imap.user ? { host: imap.host, port: imap.port, secure: imap.secure, user: imap.user } : null;
}

export async function pollImapChannel(channelId: string): Promise<PollResult> {
  const result: PollResult = { status: 'polled', fetched: 0, received: 0, duplicates: 0, ignored: 0 };
  const channel = await loadChannel(channelId, 'email');
  const imap = imapSettingsOf(channel);
  if (!imap) return { ...result, status: 'not-configured' };
  if (!(await takeLease(channelId))) return { ...result, status: 'busy' };

  const client = new ImapFlow({
    host: imap.host,
    port: Number(imap.port ?? (imap.secure === false ? 143 : 993)),
    secure: imap.secure ?? true,
    auth: { user: imap.user, pass: channel.secrets.imapPassword ?? '' },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  client.on('error', (err: Error) => log.warn('imap connection error', { channelId, error: err.message }));
  try {
    await client.connect();
    const lock = await client.getMailboxLock('INBOX');
    try {
      await pollInbox(client, channel, result);
    } finally {
      lock.release();
    }
    await client.logout().catch(() => {});
    return result;
  } catch (err) {
    const message = describeImapError(err, imap);
    await recordChannelError(channelId, message);
    log.warn('imap poll failed', { channelId, error: message });
    return { ...result, status: 'failed', error: message };
  } finally {
    client.close();
    await releaseLease(channelId);
  }
}

async function pollInbox(client: ImapFlow, channel: LoadedChannel, result: PollResult) {
  const box = client.mailbox;
  if (!box) throw new Error('INBOX could not be opened');
  const validity = String(box.uidValidity);
  const known = channel.settings.imapUidValidity === validity ? Number(channel.settings.imapLastUid) : NaN;
  const lastUid = Number.isFinite(known) ? known : null;

  const found = lastUid === null ? await client.search({ seen: false }, { uid: true }) : await client.search({ uid: `${lastUid + 1}:*` }, { uid: true });
  // "N:*" always matches the newest message, even when its UID is below N.
  const uids = (found || []).filter((u) => lastUid === null || u > lastUid).sort((a, b) => a - b);
  const batch = uids.slice(0, MAX_PER_POLL);
  const address = typeof channel.settings.address === 'string' ? channel.settings.address : channel.channel.externalId ?? undefined;

  let progress = lastUid ?? 0;
  for (const uid of batch) {
    const head = await client.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
    const msg = head && (head.size ?? 0) <= MAX_EMAIL_BYTES ? await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true }) : null;
    result.fetched++;
    if (!msg || !msg.source) {
      // Left unread in the mailbox for a person to look at; never blocks the next ones.
      await recordChannelError(channel.channel.id, `IMAP message UID ${uid} was skipped: it is larger than ${MAX_EMAIL_BYTES / 1024 / 1024} MB or could not be read`);
    } else {
      const normalized = normalizeEmail(await parseRawEmail(msg.source), { channelAddress: address });
      if (normalized.message) {
        const r = await ingestInboundMessage(channel.channel, normalized.message);
        if (r.created) result.received++;
        else result.duplicates++;
      } else result.ignored++;
      if (normalized.status) await applyDeliveryStatus(channel.channel.id, normalized.status);
      await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    }
    progress = uid;
    await saveProgress(channel.channel.id, progress, validity);
  }
  // Everything up to the mailbox's current end has been looked at.
  const end = batch.length === uids.length ? Math.max(progress, Number(box.uidNext) - 1) : progress;
  if (end !== lastUid) await saveProgress(channel.channel.id, end, validity);
}

function saveProgress(channelId: string, lastUid: number, uidValidity: string) {
  return db.$executeRaw`
    UPDATE "Channel" SET settings = settings || jsonb_build_object('imapLastUid', ${lastUid}::bigint, 'imapUidValidity', ${uidValidity}::text)
    WHERE id = ${channelId}`;
}

async function takeLease(channelId: string): Promise<boolean> {
  const taken = await db.$executeRaw`
    UPDATE "Channel" SET settings = settings || jsonb_build_object('imapPollLease', (now() + make_interval(secs => ${LEASE_SECONDS}))::text)
    WHERE id = ${channelId} AND (settings->>'imapPollLease' IS NULL OR (settings->>'imapPollLease')::timestamptz < now())`;
  return taken > 0;
}

async function releaseLease(channelId: string) {
  await db.$executeRaw`UPDATE "Channel" SET settings = settings - 'imapPollLease' WHERE id = ${channelId}`.catch(() => {});
}

function describeImapError(err: unknown, imap: ImapSettings): string {
  const e = err as { message?: string; code?: string; authenticationFailed?: boolean; responseText?: string };
  if (e.authenticationFailed) return `IMAP login failed for ${imap.user} on ${imap.host}: ${e.responseText ?? 'wrong user name or password'}`;
  if (e.code) return `IMAP server ${imap.host}:${imap.port ?? ''} unreachable: ${e.code}${e.message ? ` (${e.message})` : ''}`;
  return `IMAP poll of ${imap.host} failed: ${e.message ?? String(err)}`;
}
