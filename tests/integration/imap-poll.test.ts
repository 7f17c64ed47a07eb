// IMAP polling against a real IMAP server on loopback (hoodiecrow-imap):
// messages become rows, \Seen is set, polling again adds nothing, a new
// message adds only itself, a wrong password is shown on the channel.
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error hoodiecrow-imap ships no type declarations
import hoodiecrow from 'hoodiecrow-imap';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { pollImapChannel } from '@/lib/channels/email/poll-imap';
import { scheduleImapPolling } from '@/lib/channels/email/schedule-imap-polling';
import { getQueue, closeQueues } from '@/lib/queue/get-queue';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { fixture, waitFor } from '../helpers/email-channel';
import { startEmailPoller } from '@/workers/email-poller';

type ImapMessage = { raw: string; flags?: string[]; uid?: number };
type Hoodiecrow = {
  listen: (port: number, host: string, cb: () => void) => void;
  close: (cb: () => void) => void;
  server: { address: () => AddressInfo };
  storage: { INBOX: { messages: ImapMessage[] } };
  appendMessage: (mailbox: string, flags: string[], date: Date, raw: string) => void;
};

const servers: Hoodiecrow[] = [];
afterAll(async () => {
  for (const s of servers) await new Promise<void>((r) => s.close(() => r()));
  await closeQueues();
  await disconnectDb();
});

const first = `From: Dana Reyes <Dana@Example.org>\r\nTo: support@northwind.test\r\nSubject: Boots too small\r\nMessage-ID: <dana-1@example.org>\r\nDate: Mon, 16 Nov 2026 09:00:00 +0000\r\n\r\nCan I exchange them for a size 43?\r\n`;
const reply = `From: Dana Reyes <dana@example.org>\r\nTo: support@northwind.test\r\nSubject: Re: Boots too small\r\nMessage-ID: <dana-2@example.org>\r\nIn-Reply-To: <dana-1@example.org>\r\nReferences: <dana-1@example.org>\r\nDate: Mon, 16 Nov 2026 10:00:00 +0000\r\n\r\nAlso, the order number is 4411.\r\n\r\nOn Mon, 16 Nov 2026, Dana wrote:\r\n> Can I exchange them for a size 43?\r\n`;

async function startImap(messages: ImapMessage[]): Promise<{ server: Hoodiecrow; port: number }> {
  const server = hoodiecrow({ plugins: ['ID', 'UNSELECT', 'ENABLE', 'IDLE'], users: { 'support@northwind.test': { password: 'imap-secret' } }, storage: { INBOX: { messages }, '': {} } }) as Hoodiecrow;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { server, port: server.server.address().port };
}

async function imapChannel(workspaceId: string, port: number, password = 'imap-secret') {
  return db.channel.create({
    data: {
      workspaceId,
      provider: 'email',
      name: 'Email by IMAP',
      externalId: 'support@northwind.test',
      settings: { address: 'support@northwind.test', imap: { host: '127.0.0.1', port, secure: false, user: 'support@northwind.test' } },
      credentials: encryptJson({ imapPassword: password }),
    },
  });
}

const seen = (server: Hoodiecrow) => server.storage.INBOX.messages.map((m) => m.flags?.includes('\\Seen') ?? false);

describe('IMAP polling', () => {
  it('ingests unseen messages, threads the reply, marks them seen, and is idempotent', async () => {
    const ws = await createTestWorkspace();
    const { server, port } = await startImap([
      { raw: 'From: old@example.org\r\nSubject: already read\r\nMessage-ID: <old@example.org>\r\n\r\nread by a person', flags: ['\\Seen'] },
      { raw: first },
      { raw: reply },
    ]);
    const channel = await imapChannel(ws.workspace.id, port);

    expect(await pollImapChannel(channel.id)).toMatchObject({ status: 'polled', fetched: 2, received: 2, duplicates: 0 });
    const messages = await db.message.findMany({ where: { channelId: channel.id }, include: { contact: { include: { identities: true } } }, orderBy: { sentAt: 'asc' } });
    expect(messages.map((m) => m.providerMessageId)).toEqual(['<dana-1@example.org>', '<dana-2@example.org>']);
    expect(messages[0].conversationId).toBe(messages[1].conversationId);
    expect(messages[0].contact?.identities[0]).toMatchObject({ externalId: 'dana@example.org', email: 'dana@example.org' });
    expect(messages[1].text).toBe('Also, the order number is 4411.'); // quoted history cut
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: messages[0].conversationId } });
    expect(conversation).toMatchObject({ subject: 'Boots too small', messageCount: 2, threadKey: '<dana-1@example.org>' });
    expect(seen(server)).toEqual([true, true, true]);
    const settings = (await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).settings as Record<string, unknown>;
    expect(settings).toMatchObject({ imapLastUid: 3, imapUidValidity: expect.any(String) });
    expect(settings.imapPollLease).toBeUndefined();

    // Again: nothing new.
    expect(await pollImapChannel(channel.id)).toMatchObject({ status: 'polled', fetched: 0, received: 0 });
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(2);

    // A new message arrives: only it is added. One already read in another client is taken too (UID, not \Seen).
    server.appendMessage('INBOX', [], new Date(), fixture('chatwoot/email/only_text.eml').toString('utf8'));
    server.appendMessage('INBOX', ['\\Seen'], new Date(), `From: eve@example.org\r\nSubject: opened elsewhere\r\nMessage-ID: <eve@example.org>\r\n\r\nhello`);
    expect(await pollImapChannel(channel.id)).toMatchObject({ fetched: 2, received: 2 });
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(4);
    expect(await db.message.findFirst({ where: { channelId: channel.id, providerMessageId: '<old@example.org>' } })).toBeNull();

    // Forget the last UID (an admin's save dropped it): re-reading only finds duplicates.
    await db.channel.update({ where: { id: channel.id }, data: { settings: { ...settings, imapLastUid: 0 } } });
    expect(await pollImapChannel(channel.id)).toMatchObject({ fetched: 5, received: 1, duplicates: 4 }); // the first, seen, message is new
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(5);
  });

  it('records a wrong password and an unreachable server on the channel, writing nothing', async () => {
    const ws = await createTestWorkspace();
    const { port } = await startImap([{ raw: first }]);
    const wrong = await imapChannel(ws.workspace.id, port, 'not-the-password');
    expect(await pollImapChannel(wrong.id)).toMatchObject({ status: 'failed', received: 0 });
    const row = await db.channel.findUniqueOrThrow({ where: { id: wrong.id } });
    expect(row.lastError).toMatch(/^IMAP login failed for support@northwind\.test on 127\.0\.0\.1/);
    expect(row.lastErrorAt).toBeInstanceOf(Date);
    expect((row.settings as Record<string, unknown>).imapPollLease).toBeUndefined();

    const down = await imapChannel(ws.workspace.id, 1);
    expect(await pollImapChannel(down.id)).toMatchObject({ status: 'failed' });
    expect((await db.channel.findUniqueOrThrow({ where: { id: down.id } })).lastError).toMatch(/^IMAP server 127\.0\.0\.1:1 unreachable: ECONNREFUSED/);
    expect(await db.message.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
  });

  it('the email worker polls a scheduled channel by itself', async () => {
    const ws = await createTestWorkspace();
    const { server, port } = await startImap([{ raw: first }]);
    const channel = await imapChannel(ws.workspace.id, port);
    const stop = await startEmailPoller();
    try {
      await waitFor(async () => (await db.message.count({ where: { channelId: channel.id } })) === 1, 'the scheduled poll', 30_000);
    } finally {
      await stop();
    }
    expect(seen(server)).toEqual([true]);
  });

  it('polls a channel once at a time, and schedules one poll job per IMAP channel', async () => {
    const ws = await createTestWorkspace();
    const { port } = await startImap([{ raw: first }, { raw: reply }]);
    const channel = await imapChannel(ws.workspace.id, port);
    const results = await Promise.all([pollImapChannel(channel.id), pollImapChannel(channel.id), pollImapChannel(channel.id)]);
    expect(results.filter((r) => r.status === 'polled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'busy')).toHaveLength(2);
    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(2);

    const webhookOnly = await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'email', name: 'Postmark', settings: { address: 'x@northwind.test', inboundProvider: 'postmark' } } });
    await scheduleImapPolling();
    const schedulers = await (await getQueue('email')).getJobSchedulers(0, -1);
    const ids = schedulers.map((s) => s.key ?? s.id);
    expect(ids).toContain(`email-poll:${channel.id}`);
    expect(ids).not.toContain(`email-poll:${webhookOnly.id}`);
    expect(schedulers.find((s) => (s.key ?? s.id) === `email-poll:${channel.id}`)).toMatchObject({ every: 60_000 });

    await db.channel.update({ where: { id: channel.id }, data: { enabled: false } });
    expect((await scheduleImapPolling()).removed).toBeGreaterThanOrEqual(1);
    const after = (await (await getQueue('email')).getJobSchedulers(0, -1)).map((s) => s.key ?? s.id);
    expect(after).not.toContain(`email-poll:${channel.id}`);
  });
});
