// Live-chat visitors have no account: the widget keeps a visitor id and a
// token in the browser's localStorage. The token is an HMAC of the channel and
// visitor id, so the server stores nothing per visitor until they write, and a
// bare visitor id (guessed or copied from a log) opens nothing.
// The key is the channel's own `visitorSecret` when it has one (rotating it
// signs every visitor out), else one derived from ENCRYPTION_KEY.
import crypto from 'node:crypto';
import { env } from '@/lib/env';
import { randomToken, timingSafeEqualStr } from '@/lib/crypto';
import type { LoadedChannel } from '@/lib/channels/load-channel';

export const VISITOR_ID_PATTERN = /^v_[A-Za-z0-9_-]{8,64}$/;

export function newVisitorId(): string {
  return `v_${randomToken(16)}`;
}

let derived: { from: string; key: Buffer } | undefined;

function tokenKey(channel: LoadedChannel): Buffer {
  const own = channel.secrets.visitorSecret;
  if (own) return Buffer.from(own, 'utf8');
  const base = env().ENCRYPTION_KEY;
  if (derived?.from !== base) derived = { from: base, key: Buffer.from(crypto.hkdfSync('sha256', base, 'switchboard', 'chat-visitor-token:v1', 32)) };
  return derived.key;
}

export function visitorToken(channel: LoadedChannel, visitorId: string): string {
  return crypto.createHmac('sha256', tokenKey(channel)).update(`chat-visitor:v1:${channel.channel.id}:${visitorId}`).digest('base64url');
}

export function isValidVisitor(channel: LoadedChannel, visitorId: string, token: string): boolean {
  if (!VISITOR_ID_PATTERN.test(visitorId) || !token) return false;
  return timingSafeEqualStr(visitorToken(channel, visitorId), token);
}
