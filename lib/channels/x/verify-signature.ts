// X Account Activity webhooks: every POST carries
//   x-twitter-webhooks-signature: sha256=<base64(HMAC-SHA256(consumerSecret, rawBody))>
// checked on the raw bytes, in constant time.
import crypto from 'node:crypto';
import { ApiError } from '@/lib/api/errors';
import { timingSafeEqualStr } from '@/lib/crypto';
import type { WebhookRequest } from '@/lib/webhooks/webhook-route';

export const X_SIGNATURE_HEADER = 'x-twitter-webhooks-signature';

export function xSignature(consumerSecret: string, rawBody: string | Buffer): string {
  return `sha256=${crypto.createHmac('sha256', consumerSecret).update(rawBody).digest('base64')}`;
}

export function isValidXSignature(consumerSecret: string, rawBody: string | Buffer, header: string | null | undefined): boolean {
  if (!header || !consumerSecret) return false;
  return timingSafeEqualStr(header.trim(), xSignature(consumerSecret, rawBody));
}

export function verifyXSignature({ raw, request, channel }: WebhookRequest): void {
  const header = request.headers.get(X_SIGNATURE_HEADER);
  if (!header) throw new ApiError(401, 'missing_signature', `Missing ${X_SIGNATURE_HEADER} header`);
  const secret = channel.secrets.consumerSecret;
  if (!secret) throw new ApiError(403, 'invalid_signature', 'This X channel has no consumer secret configured');
  if (!isValidXSignature(secret, raw, header)) throw new ApiError(403, 'invalid_signature', `${X_SIGNATURE_HEADER} does not match the body`);
}
