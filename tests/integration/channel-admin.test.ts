// Channel setup by admins through the same wrapper as the server actions:
// roles, encryption at rest, write-only secrets, audit entries, tenancy, and
// no secret ever in a result.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { decryptJson, maskSecret } from '@/lib/crypto';
import { runWorkspaceAction } from '@/lib/actions/workspace-action';
import type { Caller } from '@/lib/auth/session';
import { createChannelInput, updateChannelInput } from '@/lib/channels/channel-input';
import { createChannel } from '@/lib/channels/create-channel';
import { updateChannel } from '@/lib/channels/update-channel';
import { revealChannelSecret, revealSecretInput } from '@/lib/channels/reveal-channel-secret';
import { listChannelHealth, listChannelProblems, channelHealth } from '@/lib/channels/list-channel-health';
import { secretStates } from '@/lib/channels/describe-channel';
import { scopedDb } from '@/lib/tenancy';
import { GET as listChannelsApi } from '@/app/api/v1/channels/route';
import { createApiKey } from '@/lib/auth/api-keys';
import { recordChannelEvent } from '@/lib/channels/record-channel-health';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;
const caller = (ws: Ws, who: 'admin' | 'agent'): Caller => ({
  workspaceId: ws.workspace.id,
  role: ws[who].membership.role,
  actor: { type: 'user', userId: ws[who].user.id, membershipId: ws[who].membership.id, name: ws[who].user.name, email: ws[who].email },
});
const create = (c: Caller, raw: unknown) => runWorkspaceAction(c, { input: createChannelInput, role: 'admin' }, createChannel, raw);
const update = (c: Caller, raw: unknown) => runWorkspaceAction(c, { input: updateChannelInput, role: 'admin' }, updateChannel, raw);
const reveal = (c: Caller, raw: unknown) => runWorkspaceAction(c, { input: revealSecretInput, role: 'admin' }, revealChannelSecret, raw);

const SMS = {
  provider: 'sms',
  name: 'SMS · US',
  enabled: true,
  settings: { phoneNumber: '+14155550123', accountSid: 'AC0123456789abcdef0123456789abcdef', rateLimitPerSecond: '50' },
  secrets: { authToken: 'twilio-auth-token-0123456789abcdef' },
};

describe('channel settings use cases', () => {
  it('refuses agents (403) and writes nothing', async () => {
    const ws = await createTestWorkspace();
    const before = await db.channel.count({ where: { workspaceId: ws.workspace.id } });
    const r = await create(caller(ws, 'agent'), SMS);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await update(caller(ws, 'agent'), { id: ws.channel.id, name: 'hijacked', enabled: false })).ok).toBe(false);
    expect(await db.channel.count({ where: { workspaceId: ws.workspace.id } })).toBe(before);
    expect(await db.channel.findUniqueOrThrow({ where: { id: ws.channel.id } })).toMatchObject({ name: 'Test channel', enabled: true });
  });

  it('creates a channel with encrypted secrets and an audit entry, returning no secret', async () => {
    const ws = await createTestWorkspace();
    const r = await create(caller(ws, 'admin'), SMS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r)).not.toContain(SMS.secrets.authToken);
    const row = await db.channel.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(row).toMatchObject({ provider: 'sms', name: 'SMS · US', externalId: '+14155550123', settings: { phoneNumber: '+14155550123', accountSid: SMS.settings.accountSid, rateLimitPerSecond: 50 } });
    expect(row.credentials).toMatch(/^v1:/);
    expect(row.credentials).not.toContain(SMS.secrets.authToken);
    expect(decryptJson(row.credentials)).toEqual({ authToken: SMS.secrets.authToken });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, targetId: row.id } });
    expect(audit).toMatchObject({ action: 'channel.create', actorId: ws.admin.membership.id, actorType: 'user', data: { provider: 'sms', secretsSet: ['authToken'] } });
    expect(JSON.stringify(audit)).not.toContain(SMS.secrets.authToken);
  });

  it('keeps a secret when its field is left blank, replaces it when typed, and audits a disable', async () => {
    const ws = await createTestWorkspace();
    const r = await create(caller(ws, 'admin'), SMS);
    if (!r.ok) throw new Error(r.error.message);
    const id = r.data.id;
    const kept = await update(caller(ws, 'admin'), { id, name: 'SMS · renamed', enabled: true, settings: { ...SMS.settings, messagingServiceSid: '' }, secrets: { authToken: '' } });
    expect(kept.ok).toBe(true);
    expect(decryptJson((await db.channel.findUniqueOrThrow({ where: { id } })).credentials)).toEqual({ authToken: SMS.secrets.authToken });
    const replaced = await update(caller(ws, 'admin'), { id, name: 'SMS · renamed', enabled: false, settings: SMS.settings, secrets: { authToken: 'a-brand-new-auth-token-987654321' } });
    expect(JSON.stringify(replaced)).not.toContain('a-brand-new-auth-token-987654321');
    const row = await db.channel.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: 'SMS · renamed', enabled: false });
    expect(decryptJson(row.credentials)).toEqual({ authToken: 'a-brand-new-auth-token-987654321' });
    const actions = (await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['channel.create', 'channel.update', 'channel.disable']);
    const states = secretStates(row);
    expect(states).toEqual([{ key: 'authToken', label: 'Auth token', set: true, masked: maskSecret('a-brand-new-auth-token-987654321'), revealable: false }]);
  });

  it('keeps settings the form does not own (IMAP poller state) on edit', async () => {
    const ws = await createTestWorkspace();
    const email = await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'email', name: 'Mail', settings: { address: 'help@x.test', imapLastUid: 42, imap: { host: 'imap.x.test', user: 'help', port: 993 } } } });
    const r = await update(caller(ws, 'admin'), { id: email.id, name: 'Mail', enabled: true, settings: { address: 'Help@X.test', 'imap.host': 'imap.x.test', 'imap.user': 'help', 'imap.port': '993', 'smtp.host': 'smtp.x.test' }, secrets: { imapPassword: 'imap-password-xyz' } });
    expect(r.ok).toBe(true);
    const row = await db.channel.findUniqueOrThrow({ where: { id: email.id } });
    expect(row.settings).toEqual({ address: 'help@x.test', imapLastUid: 42, imap: { host: 'imap.x.test', user: 'help', port: 993 }, smtp: { host: 'smtp.x.test' } });
    expect(row.externalId).toBe('help@x.test');
  });

  it('generates a Meta verify token an admin can reveal (audited), and rejects bad settings with field errors', async () => {
    const ws = await createTestWorkspace();
    const r = await create(caller(ws, 'admin'), { provider: 'messenger', name: 'FB', settings: { pageId: '1234567890' }, secrets: { appSecret: 'meta-app-secret-0123456789', pageAccessToken: 'EAAG-page-token-0123456789' } });
    if (!r.ok) throw new Error(r.error.message);
    const secrets = decryptJson((await db.channel.findUniqueOrThrow({ where: { id: r.data.id } })).credentials);
    expect(secrets.verifyToken).toMatch(/^sb-verify-[\w-]{20,}$/);
    expect(JSON.stringify(r)).not.toContain(secrets.verifyToken);
    expect(await reveal(caller(ws, 'agent'), { id: r.data.id, key: 'verifyToken' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await reveal(caller(ws, 'admin'), { id: r.data.id, key: 'verifyToken' })).toEqual({ ok: true, data: { value: secrets.verifyToken } });
    expect(await reveal(caller(ws, 'admin'), { id: r.data.id, key: 'appSecret' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await db.auditEvent.count({ where: { targetId: r.data.id, action: 'channel.secret.reveal' } })).toBe(1);

    const bad = await create(caller(ws, 'admin'), { provider: 'messenger', name: 'FB 2', settings: { pageId: 'not-digits' }, secrets: {} });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!bad.ok) expect((bad.error.details as { path: string }[]).map((d) => d.path)).toEqual(['settings.pageId']);
    const missing = await create(caller(ws, 'admin'), { provider: 'messenger', name: 'FB 2', settings: { pageId: '123' }, secrets: {} });
    if (!missing.ok) expect((missing.error.details as { path: string }[]).map((d) => d.path)).toEqual(['secrets.appSecret', 'secrets.pageAccessToken']);
    const origins = await create(caller(ws, 'admin'), { provider: 'chat', name: 'Chat', settings: { allowedOrigins: 'https://shop.example.com\nhttps://shop.example.com/path' } });
    expect(origins).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await db.channel.count({ where: { workspaceId: ws.workspace.id, name: { in: ['FB 2', 'Chat'] } } })).toBe(0);
  });

  it('never writes a secret to the logs, on success or failure', async () => {
    const ws = await createTestWorkspace();
    const secret = 'log-canary-secret-5f1e0c9a7b';
    const written: string[] = [];
    const [out, err] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'debug';
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => (written.push(String(chunk)), out(chunk, ...rest))) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => (written.push(String(chunk)), err(chunk, ...rest))) as typeof process.stderr.write;
    try {
      const ok = await create(caller(ws, 'admin'), { ...SMS, secrets: { authToken: secret } });
      expect(ok.ok).toBe(true);
      // Failures: a bad setting next to a secret, an unknown secret key, a malformed id.
      expect((await create(caller(ws, 'admin'), { ...SMS, settings: { phoneNumber: 'nope' }, secrets: { authToken: secret } })).ok).toBe(false);
      expect((await create(caller(ws, 'admin'), { ...SMS, secrets: { authToken: secret, [secret]: secret } })).ok).toBe(false);
      expect((await update(caller(ws, 'admin'), { id: 'x'.repeat(80), name: 'n', secrets: { authToken: secret } })).ok).toBe(false);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
      process.env.LOG_LEVEL = level;
    }
    expect(written.join('')).not.toContain(secret);
  });

  it('answers 404 for another workspace’s channel and leaves it alone', async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const r = await update(caller(a, 'admin'), { id: b.channel.id, name: 'mine now', enabled: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await reveal(caller(a, 'admin'), { id: b.channel.id, key: 'verifyToken' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await db.channel.findUniqueOrThrow({ where: { id: b.channel.id } })).toMatchObject({ name: 'Test channel', enabled: true });
  });
});

describe('channel health', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const h = (hoursAgo: number | null) => (hoursAgo === null ? null : new Date(now.getTime() - hoursAgo * 3_600_000));
  it('calls a channel failing, quiet, waiting, disabled or ok, with a reason', () => {
    expect(channelHealth({ enabled: true, lastEventAt: h(2), lastErrorAt: h(1), lastError: 'Webhook refused: bad signature' }, now)).toMatchObject({ state: 'failing', reason: expect.stringContaining('bad signature') });
    expect(channelHealth({ enabled: true, lastEventAt: h(1), lastErrorAt: h(2), lastError: 'x' }, now).state).toBe('ok');
    expect(channelHealth({ enabled: true, lastEventAt: h(30), lastErrorAt: null, lastError: null }, now)).toMatchObject({ state: 'quiet', reason: 'Quiet: nothing received for 30 h' });
    expect(channelHealth({ enabled: true, lastEventAt: h(30), lastErrorAt: h(26), lastError: 'old' }, now).state).toBe('quiet');
    expect(channelHealth({ enabled: true, lastEventAt: h(3), lastErrorAt: null, lastError: null, settings: { quietAfterHours: 2 } }, now).state).toBe('quiet');
    expect(channelHealth({ enabled: true, lastEventAt: null, lastErrorAt: null, lastError: null }, now).state).toBe('waiting');
    expect(channelHealth({ enabled: false, lastEventAt: h(100), lastErrorAt: h(1), lastError: 'x' }, now).state).toBe('disabled');
  });

  it('records when a channel last received something, at most every 10 s', async () => {
    const ws = await createTestWorkspace();
    expect((await db.channel.findUniqueOrThrow({ where: { id: ws.channel.id } })).lastEventAt).toBeNull();
    const sentAt = new Date();
    await ingestInboundMessage(ws.channel, { providerMessageId: 'health-1', sentAt, contact: { externalId: 'health-contact' }, text: 'hello' });
    const first = (await db.channel.findUniqueOrThrow({ where: { id: ws.channel.id } })).lastEventAt;
    expect(first).toBeInstanceOf(Date);
    expect(Math.abs(first!.getTime() - Date.now())).toBeLessThan(10_000);
    // Within 10 s: not written again; later: written.
    await recordChannelEvent(ws.channel.id, new Date(first!.getTime() + 5_000));
    expect((await db.channel.findUniqueOrThrow({ where: { id: ws.channel.id } })).lastEventAt).toEqual(first);
    const later = new Date(first!.getTime() + 11_000);
    await recordChannelEvent(ws.channel.id, later);
    expect((await db.channel.findUniqueOrThrow({ where: { id: ws.channel.id } })).lastEventAt).toEqual(later);
    // Another process (no memory of ours) is held back by the database condition.
    await db.channel.update({ where: { id: ws.channel.id }, data: { lastEventAt: new Date(later.getTime() + 30_000) } });
    await recordChannelEvent(ws.channel.id, new Date(later.getTime() + 20_000));
    expect((await db.channel.findUniqueOrThrow({ where: { id: ws.channel.id } })).lastEventAt).toEqual(new Date(later.getTime() + 30_000));
  });

  it('lists only failing and quiet channels of the workspace as problems, and the API shows channels without secrets', async () => {
    const ws = await createTestWorkspace({ provider: 'messenger' });
    const other = await createTestWorkspace();
    await db.channel.update({ where: { id: other.channel.id }, data: { lastEventAt: h(50), lastErrorAt: h(1), lastError: 'other workspace' } });
    await db.channel.update({ where: { id: ws.channel.id }, data: { lastEventAt: h(3), lastErrorAt: h(1), lastError: 'Webhook refused: wrong signature' } });
    await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'sms', name: 'Quiet SMS', lastEventAt: h(48) } });
    await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'x', name: 'Fine X', lastEventAt: h(1) } });
    const problems = await listChannelProblems(scopedDb(ws.workspace.id), now);
    expect(problems.map((p) => [p.name, p.health.state])).toEqual([['Test channel', 'failing'], ['Quiet SMS', 'quiet']]);
    expect((await listChannelHealth(scopedDb(ws.workspace.id), now)).length).toBe(3);

    const res = await listChannelsApi(new Request('http://switchboard.test/api/v1/channels', { headers: { authorization: `Bearer ${ws.apiKey}` } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(`secret-${ws.suffix}`);
    expect(text).not.toContain('credentials');
    const body = JSON.parse(text);
    expect(body.channels).toHaveLength(3);
    expect(body.channels.find((c: { id: string }) => c.id === ws.channel.id)).toMatchObject({
      provider: 'messenger',
      webhookUrl: expect.stringContaining(`/api/webhooks/messenger/${ws.channel.id}`),
      health: { state: expect.any(String), lastError: 'Webhook refused: wrong signature' },
      secretsSet: ['appSecret'],
    });
    const agentKey = await createApiKey(ws.workspace.id, 'agent key', 'agent');
    const denied = await listChannelsApi(new Request('http://switchboard.test/api/v1/channels', { headers: { authorization: `Bearer ${agentKey.key}` } }), { params: Promise.resolve({}) });
    expect(denied.status).toBe(403);
  });
});
