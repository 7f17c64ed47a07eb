// Helpers for the Meta webhook tests: a channel with Meta's settings and
// secrets, a signed POST exactly as Meta sends it, and the shared fixtures
// (read from ../shared/fixtures, never copied into the repo).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import type { Provider } from '@/lib/generated/prisma/enums';
import type { Caller } from '@/lib/auth/session';
import { scopedDb } from '@/lib/tenancy';
import type { createTestWorkspace } from './create-test-workspace';
import { fixturesDir } from '../../scripts/lib/shared-dir';

export const FIXTURES = fixturesDir();

export const readFixture = (rel: string): string => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
export const fixtureJson = <T = any>(rel: string): T => JSON.parse(readFixture(rel)) as T;
export const listFixtures = (dir: string): string[] => fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.json')).sort();

export const sign = (secret: string, raw: string | Buffer) => `sha256=${crypto.createHmac('sha256', secret).update(raw).digest('hex')}`;

export type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

export async function createMetaChannel(workspaceId: string, provider: Provider, settings: Record<string, string>, secrets: Record<string, string> = {}) {
  const suffix = crypto.randomBytes(4).toString('hex');
  const allSecrets = { appSecret: `app-secret-${suffix}`, verifyToken: `verify-${suffix}`, pageAccessToken: `EAAPAGE${suffix}`, accessToken: `EAAWA${suffix}`, ...secrets };
  const channel = await db.channel.create({
    data: { workspaceId, provider, name: `${provider} ${suffix}`, externalId: Object.values(settings)[0], settings, credentials: encryptJson(allSecrets) },
  });
  return { channel, secrets: allSecrets };
}

type Handler = (request: Request, segment: { params: Promise<{ channelId: string }> }) => Promise<Response>;

export async function postWebhook(handler: Handler, provider: string, channelId: string, raw: string | Buffer, signature: string | null, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  const res = await handler(new Request(`http://switchboard.test/api/webhooks/${provider}/${channelId}`, { method: 'POST', headers, body: typeof raw === 'string' ? raw : new Uint8Array(raw) }), {
    params: Promise.resolve({ channelId }),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers };
}

// Signs with the channel's app secret and posts the JSON (string as is, object serialised).
export function postSigned(handler: Handler, provider: string, ch: { channel: { id: string }; secrets: { appSecret: string } }, body: unknown) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return postWebhook(handler, provider, ch.channel.id, raw, sign(ch.secrets.appSecret, raw));
}

// Replaces placeholders such as <PSID> or {{channel.provider_config.phone_number_id}} in raw fixture text.
export function fill(raw: string, values: Record<string, string>): string {
  let out = raw;
  for (const [k, v] of Object.entries(values)) out = out.split(k).join(v);
  return out;
}

export function userContext(ws: Ws, who: 'admin' | 'agent' = 'agent') {
  const p = ws[who];
  const caller: Caller = {
    workspaceId: ws.workspace.id,
    role: p.membership.role,
    actor: { type: 'user', userId: p.user.id, membershipId: p.membership.id, name: p.user.name, email: p.user.email },
  };
  return { ...caller, db: scopedDb(ws.workspace.id) };
}

export const rowCounts = async (workspaceId: string) => ({
  messages: await db.message.count({ where: { workspaceId } }),
  conversations: await db.conversation.count({ where: { workspaceId } }),
  contacts: await db.contact.count({ where: { workspaceId } }),
});

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
