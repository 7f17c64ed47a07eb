// The demo workspace, read back from the database: volume and variety of the
// conversations, the playbook, channel settings and encrypted secrets, sign-ins,
// idempotency and reset; and `demo:info` run as a real process against it.
// Only this file may create the `demo` workspace (its slug is unique).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { findApiKey } from '@/lib/auth/api-keys';
import { verifyPassword } from '@/lib/auth/password';
import { decryptJson } from '@/lib/crypto';
import { DEMO_USERS, seedDemo } from '@/prisma/seed';

const SEED_NOW = new Date('2026-11-23T08:45:00Z');

const root = path.resolve(import.meta.dirname, '../..');

const REQUIRED_SETTINGS: Record<string, string[]> = {
  messenger: ['pageId'],
  instagram: ['instagramAccountId', 'pageId'],
  whatsapp: ['phoneNumberId', 'displayPhoneNumber', 'wabaId'],
  x: ['xUserId', 'screenName'],
  sms: ['phoneNumber', 'accountSid'],
  email: ['address', 'inboundProvider'],
  chat: ['widgetKey', 'allowedOrigins'],
  api: [],
};
const REQUIRED_SECRETS: Record<string, string[]> = {
  messenger: ['appSecret', 'verifyToken', 'pageAccessToken'],
  instagram: ['appSecret', 'verifyToken', 'pageAccessToken'],
  whatsapp: ['appSecret', 'verifyToken', 'accessToken'],
  x: ['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret'],
  sms: ['authToken'],
  email: ['inboundUsername', 'inboundPassword'],
  chat: [],
  api: [],
};

async function demoCounts(workspaceId: string) {
  const where = { workspaceId };
  return {
    conversations: await db.conversation.count({ where }),
    messages: await db.message.count({ where }),
    contacts: await db.contact.count({ where }),
    channels: await db.channel.count({ where }),
    tagApplications: await db.tagApplication.count({ where }),
    events: await db.conversationEvent.count({ where }),
    apiKeys: await db.apiKey.count({ where }),
    users: await db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } }),
  };
}

let seeded: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  // A fixed clock: the demo is built relative to now, and SLA and shift
  // details (and so the timeline) depend on the exact time.
  seeded = await seedDemo({ reset: true, now: SEED_NOW });
}, 120_000);

afterAll(disconnectDb);

describe('seedDemo', () => {
  it('creates a Monday morning of at least 200 conversations across all eight channels and four languages', async () => {
    expect(seeded.created).toBe(true);
    expect(seeded.apiKey).toMatch(/^sb_/);
    const conversations = await db.conversation.findMany({
      where: { workspaceId: seeded.workspaceId },
      select: { status: true, severity: true, language: true, assigneeId: true, teamId: true, channel: { select: { provider: true } }, _count: { select: { messages: true } } },
    });
    expect(conversations.length).toBeGreaterThanOrEqual(200);
    expect(seeded.conversations).toBe(conversations.length);
    expect(new Set(conversations.map((c) => c.channel.provider))).toEqual(new Set(Object.keys(REQUIRED_SETTINGS)));
    const languages = new Set(conversations.map((c) => c.language));
    for (const lang of ['en', 'ro', 'es']) expect(languages).toContain(lang);
    expect([...languages].some((l) => l?.startsWith('zh-'))).toBe(true);
    expect(conversations.every((c) => c._count.messages >= 1)).toBe(true);
    expect(new Set(conversations.map((c) => c.status))).toEqual(new Set(['open', 'pending', 'snoozed', 'resolved']));
    expect(new Set(conversations.map((c) => c.severity))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(conversations.map((c) => c.assigneeId)).size).toBeGreaterThan(6);
    expect(conversations.some((c) => c.status === 'open' && !c.assigneeId)).toBe(true);
  });

  it('writes the five default tags as a playbook with owner teams, and tags conversations with reasons', async () => {
    const tags = await db.tag.findMany({ where: { workspaceId: seeded.workspaceId, isDefault: true }, include: { ownerTeam: true } });
    const owners = Object.fromEntries(tags.map((t) => [t.key, t.ownerTeam?.key]));
    expect(owners).toEqual({ sales_lead: 'sales', feature_request: 'product', incident: 'incident', technical_issue: 'support', ugc: 'marketing' });
    for (const t of tags) {
      expect(t.description.length).toBeGreaterThan(40);
      expect(t.nextSteps.length).toBeGreaterThan(40);
    }
    const applied = await db.tagApplication.groupBy({ by: ['tagId'], where: { workspaceId: seeded.workspaceId, removedAt: null }, _count: true });
    expect(applied.length).toBeGreaterThanOrEqual(5);
    const correction = await db.tagApplication.findFirst({ where: { workspaceId: seeded.workspaceId, removedAt: { not: null } } });
    expect(correction?.removedById).toBeTruthy();
    expect(await db.trainingExample.count({ where: { workspaceId: seeded.workspaceId, label: false } })).toBeGreaterThan(0);
  });

  it('stores each provider’s ids in settings and its secrets encrypted', async () => {
    const channels = await db.channel.findMany({ where: { workspaceId: seeded.workspaceId } });
    expect(channels.map((c) => c.provider).sort()).toEqual(Object.keys(REQUIRED_SETTINGS).sort());
    for (const c of channels) {
      const settings = c.settings as Record<string, unknown>;
      for (const key of REQUIRED_SETTINGS[c.provider]) expect(settings[key], `${c.provider}.${key}`).toBeTruthy();
      const secrets = decryptJson(c.credentials);
      expect(Object.keys(secrets).sort()).toEqual([...REQUIRED_SECRETS[c.provider]].sort());
      for (const value of Object.values(secrets)) {
        expect(value.length).toBeGreaterThanOrEqual(16);
        expect(c.credentials).not.toContain(value);
      }
    }
    const whatsapp = channels.find((c) => c.provider === 'whatsapp')!;
    expect(whatsapp.externalId).toBe('1122334455667');
    expect((channels.find((c) => c.provider === 'sms')!.settings as { accountSid: string }).accountSid).toMatch(/^AC[0-9a-f]{32}$/);
  });

  it('lets every demo user sign in with the printed password, with their role', async () => {
    const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, include: { memberships: true } });
    expect(users).toHaveLength(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(['admin', 'manager', 'agent']));
    for (const demo of DEMO_USERS) {
      const user = users.find((u) => u.email === demo.email)!;
      expect(await verifyPassword(user.passwordHash, demo.password)).toBe(true);
      expect(user.memberships[0]).toMatchObject({ workspaceId: seeded.workspaceId, role: demo.role });
    }
  });

  it('sets up the overnight handoffs, the checkout crisis and the people behind them', async () => {
    const where = { workspaceId: seeded.workspaceId };
    const handoffs = await db.handoff.findMany({ where, include: { from: { include: { user: true } } } });
    expect(handoffs.some((h) => !h.acceptedAt)).toBe(true);
    expect(handoffs.some((h) => h.acceptedAt)).toBe(true);
    expect(handoffs.every((h) => h.note.length > 20 && h.from?.user.name === 'Sam Okafor')).toBe(true);
    const crisis = await db.crisis.findFirstOrThrow({ where, include: { conversations: { select: { channelId: true } } } });
    expect(new Set(crisis.conversations.map((c) => c.channelId)).size).toBeGreaterThanOrEqual(5);
    expect(await db.team.count({ where })).toBe(5);
    expect(await db.membership.count({ where: { ...where, isSenior: true } })).toBeGreaterThanOrEqual(1);
    expect(await db.shift.count({ where: { ...where, onCall: true } })).toBeGreaterThanOrEqual(1);
    expect(await db.slaPolicy.count({ where })).toBeGreaterThanOrEqual(4);
    const kinds = await db.conversationEvent.groupBy({ by: ['kind'], where });
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['tagged', 'severity', 'routed', 'assigned', 'sla', 'status', 'handoff']));
  });

  it('does nothing when the demo exists, and recreates it with reset', async () => {
    const before = await demoCounts(seeded.workspaceId);
    const again = await seedDemo();
    expect(again).toEqual({ created: false, workspaceId: seeded.workspaceId, conversations: seeded.conversations });
    expect(await demoCounts(seeded.workspaceId)).toEqual(before);

    const reset = await seedDemo({ reset: true, now: SEED_NOW });
    expect(reset.created).toBe(true);
    expect(reset.workspaceId).not.toBe(seeded.workspaceId);
    expect(await db.workspace.count({ where: { id: seeded.workspaceId } })).toBe(0);
    expect(await findApiKey(seeded.apiKey!)).toBeNull();
    expect(await demoCounts(reset.workspaceId)).toEqual(before);
    seeded = reset;
  }, 120_000);
});

describe('demo:info', () => {
  it('prints one JSON object with the base URL, a working API key, the sign-ins and every channel', async () => {
    const env = { ...process.env, APP_URL: 'http://demo.test:4321' };
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'scripts/demo-info.ts'], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(0);

    const info = JSON.parse(stdout);
    expect(Object.keys(info).sort()).toEqual(['apiKey', 'baseUrl', 'channels', 'users']);
    expect(info.baseUrl).toBe('http://demo.test:4321');
    expect(info.users).toEqual(DEMO_USERS);
    expect((await findApiKey(info.apiKey))?.workspaceId).toBe(seeded.workspaceId);

    expect(info.channels.map((c: { provider: string }) => c.provider)).toEqual(['messenger', 'instagram', 'whatsapp', 'x', 'sms', 'email', 'chat', 'api']);
    const stored = await db.channel.findMany({ where: { workspaceId: seeded.workspaceId } });
    for (const c of info.channels) {
      const row = stored.find((s) => s.id === c.id)!;
      expect(c.name).toBe(row.name);
      expect(c.settings).toEqual(row.settings);
      expect(c.secrets).toEqual(decryptJson(row.credentials));
      expect(Object.keys(c.secrets).sort()).toEqual([...REQUIRED_SECRETS[c.provider]].sort());
      expect(c.webhookUrl).toBe(c.provider === 'api' ? `http://demo.test:4321/api/v1/channels/${c.id}/messages` : `http://demo.test:4321/api/webhooks/${c.provider}/${c.id}`);
    }
  }, 60_000);
});
