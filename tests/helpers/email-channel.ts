// Email channels and webhook requests for the email tests: a channel with its
// settings and encrypted secrets, Basic auth, SendGrid-style multipart bodies
// and captured HTTP requests (fixtures saved as "status line, headers, body").
import fs from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { scopedDb } from '@/lib/tenancy';
import type { Caller } from '@/lib/auth/session';
import { POST } from '@/app/api/webhooks/email/[channelId]/route';
import { fixturesDir } from '../../scripts/lib/shared-dir';

export const FIXTURES = fixturesDir();
export const fixture = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel));

export const EMAIL_SECRETS = { inboundUsername: 'postmark-user', inboundPassword: 'p4ss-w0rd-for-tests', signingKey: 'foo' };

export async function createEmailChannel(workspaceId: string, opts: { inboundProvider?: string | null; address?: string; settings?: Record<string, unknown>; secrets?: Record<string, string> } = {}) {
  const address = opts.address ?? 'support@northwind.test';
  return db.channel.create({
    data: {
      workspaceId,
      provider: 'email',
      name: `Email ${address}`,
      externalId: address,
      settings: { address, ...(opts.inboundProvider === null ? {} : { inboundProvider: opts.inboundProvider ?? 'postmark' }), ...opts.settings },
      credentials: encryptJson(opts.secrets ?? EMAIL_SECRETS),
    },
  });
}

export function basicAuth(user = EMAIL_SECRETS.inboundUsername, pass = EMAIL_SECRETS.inboundPassword): string {
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}

export function postEmailWebhook(channelId: string, body: BodyInit | Buffer, headers: Record<string, string>): Promise<Response> {
  const init = Buffer.isBuffer(body) ? new Uint8Array(body) : body;
  return POST(new Request(`http://switchboard.test/api/webhooks/email/${channelId}`, { method: 'POST', headers, body: init }), { params: Promise.resolve({ channelId }) });
}

// A multipart/form-data body with text fields (boundary xYzZY, as SendGrid's).
export function multipartBody(fields: [string, string | Buffer][], boundary = 'xYzZY'): Buffer {
  const parts = fields.map(([name, value]) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(value), Buffer.from('\r\n')]),
  );
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

// SendGrid Inbound Parse with "send raw" on: the whole message in the `email` field.
export function sendgridRaw(eml: Buffer, to = 'support@northwind.test') {
  const body = multipartBody([
    ['email', eml],
    ['to', to],
    ['envelope', JSON.stringify({ to: [to], from: 'sender@example.com' })],
    ['charsets', JSON.stringify({ to: 'UTF-8', subject: 'UTF-8', from: 'UTF-8' })],
  ]);
  return { body, headers: { 'content-type': 'multipart/form-data; boundary=xYzZY', authorization: basicAuth() } };
}

// A captured HTTP request: headers up to the first blank line, then the body.
export function splitCapturedRequest(text: string): { headers: Record<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) throw new Error('No blank line between headers and body');
  const headers: Record<string, string> = {};
  for (const line of text.slice(0, m.index).split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: text.slice(m.index + m[0].length) };
}

// An agent of the workspace, as server actions and the API see them.
export function agentContext(ws: { workspace: { id: string }; agent: { user: { id: string; name: string; email: string }; membership: { id: string; role: Caller['role'] } } }) {
  const caller: Caller = {
    workspaceId: ws.workspace.id,
    role: ws.agent.membership.role,
    actor: { type: 'user', userId: ws.agent.user.id, membershipId: ws.agent.membership.id, name: ws.agent.user.name, email: ws.agent.user.email },
  };
  return { ...caller, db: scopedDb(ws.workspace.id) };
}

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
