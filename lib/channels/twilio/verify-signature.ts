// Twilio signs every webhook: X-Twilio-Signature =
//   base64(HMAC-SHA1(authToken, fullUrl + concat of the POST params, sorted by key, as key+value))
// where fullUrl is the URL exactly as configured at Twilio (our public URL,
// not the internal one behind a proxy: see publicUrl in webhook-route.ts).
import crypto from 'node:crypto';
import { ApiError } from '@/lib/api/errors';
import { timingSafeEqualStr } from '@/lib/crypto';
import type { WebhookRequest } from '@/lib/webhooks/webhook-route';

export const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature';

export function twilioSignature(authToken: string, url: string, params: Iterable<[string, string]> | Record<string, string>): string {
  const pairs = Symbol.iterator in params ? [...(params as Iterable<[string, string]>)] : Object.entries(params);
  // Plain code-unit order, as Twilio's own libraries sort (not locale order).
  pairs.sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1));
  const data = url + pairs.map(([k, v]) => k + v).join('');
  return crypto.createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

// Twilio signs the URL as configured; with an explicit default port
// (https://host:443/...) or without. Accept either spelling, as twilio-node does.
function urlVariants(url: URL): string[] {
  const plain = url.toString();
  const port = url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '';
  if (url.port || !port) return [plain];
  return [plain, `${url.protocol}//${url.hostname}:${port}${url.pathname}${url.search}`];
}

export function isValidTwilioSignature(authToken: string, url: URL, params: [string, string][], header: string | null | undefined): boolean {
  if (!header || !authToken) return false;
  // Every variant is computed and compared, so timing does not reveal which one matched.
  return urlVariants(url).map((u) => timingSafeEqualStr(header.trim(), twilioSignature(authToken, u, params))).some(Boolean);
}

export function verifyTwilioSignature({ raw, request, url, channel }: WebhookRequest): void {
  const header = request.headers.get(TWILIO_SIGNATURE_HEADER);
  if (!header) throw new ApiError(401, 'missing_signature', 'Missing X-Twilio-Signature header');
  const token = channel.secrets.authToken;
  if (!token) throw new ApiError(403, 'invalid_signature', 'This Twilio channel has no auth token configured');
  if (!isValidTwilioSignature(token, url, [...new URLSearchParams(raw)], header)) {
    throw new ApiError(403, 'invalid_signature', 'X-Twilio-Signature does not match the URL and parameters (check the auth token and APP_URL)');
  }
}
