// Meta signs every webhook POST (Messenger, Instagram, Page feed, WhatsApp
// Cloud API) with X-Hub-Signature-256: "sha256=" + hex(HMAC-SHA256(appSecret,
// raw body)). It must be checked on the exact bytes received: a re-serialised
// body (JSON.parse → JSON.stringify) has different bytes and fails.
import crypto from 'node:crypto';
import { ApiError } from '@/lib/api/errors';
import type { WebhookRequest } from '@/lib/webhooks/webhook-route';

const HEADER = 'x-hub-signature-256';
const FORMAT = /^sha256=([0-9a-f]{64})$/i;

export function computeMetaSignature(appSecret: string, raw: string | Buffer): string {
  return `sha256=${crypto.createHmac('sha256', appSecret).update(raw).digest('hex')}`;
}

// 401 when the header is missing or not "sha256=<64 hex>", 403 when it does not match.
export function verifyMetaSignature(raw: string | Buffer, header: string | null | undefined, appSecret: string | undefined): void {
  if (!header) throw new ApiError(401, 'signature_missing', 'Missing X-Hub-Signature-256 header');
  const m = FORMAT.exec(header.trim());
  if (!m) throw new ApiError(401, 'signature_malformed', 'X-Hub-Signature-256 must be "sha256=" followed by 64 hex characters');
  if (!appSecret) throw new ApiError(403, 'signature_unverifiable', 'This channel has no app secret configured, so its webhooks cannot be verified');
  const expected = crypto.createHmac('sha256', appSecret).update(raw).digest();
  const given = Buffer.from(m[1], 'hex');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw new ApiError(403, 'signature_invalid', 'X-Hub-Signature-256 does not match the body; check the channel’s app secret');
  }
}

// The WebhookAdapter.verify of every Meta channel.
export function verifyMetaWebhook({ raw, request, channel }: WebhookRequest): void {
  verifyMetaSignature(Buffer.from(raw, 'utf8'), request.headers.get(HEADER), channel.secrets.appSecret);
}
