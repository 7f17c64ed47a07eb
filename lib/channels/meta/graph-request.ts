// Calls the Graph API (Messenger, Instagram, Page comments, WhatsApp Cloud API)
// with the token in the Authorization header, never in the URL (URLs end up in
// proxy and access logs). Maps Graph's answers to the outbound worker's errors:
//   5xx, 429, rate-limit codes, is_transient → RetryableSendError (retried)
//   any other 4xx                           → PermanentSendError with Graph's message
//   no connection at all                     → RetryableSendError (nothing was sent)
//   connection lost mid-call / timeout       → PermanentSendError "delivery unknown":
//     Meta may have the message, and a retry could send it twice.
import { providerUrls } from '@/lib/channels/provider-urls';
import { PermanentSendError, RetryableSendError } from '@/lib/outbound/send-errors';

const TIMEOUT_MS = 15_000;

// Graph's throttling codes: app (4), user (17), page (32), custom (613),
// Instagram/WhatsApp account (80007), WhatsApp throughput (130429) and pair rate (131056).
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80007, 130429, 131056]);
// "Unknown error" / "Service temporarily unavailable".
const TRANSIENT_CODES = new Set([1, 2]);

export type GraphError = { message?: string; type?: string; code?: number; error_subcode?: number; fbtrace_id?: string; is_transient?: boolean; error_user_msg?: string };

// Errors raised before a single byte reached the server: retrying cannot duplicate.
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export function graphUrl(path: string): string {
  return `${providerUrls().graph}/${path.replace(/^\//, '')}`;
}

export function graphSendError(label: string, status: number, body: unknown): Error {
  const e = ((body as { error?: GraphError } | null)?.error ?? {}) as GraphError;
  const detail = e.error_user_msg || e.message || `HTTP ${status}`;
  const code = e.code !== undefined ? ` (code ${e.code}${e.error_subcode ? `/${e.error_subcode}` : ''})` : '';
  const msg = `${label} refused the message: ${detail}${code}`;
  if (status >= 500 || status === 429 || (e.code !== undefined && (RATE_LIMIT_CODES.has(e.code) || TRANSIENT_CODES.has(e.code))) || e.is_transient) {
    return new RetryableSendError(`${label} is unavailable or throttling: ${detail}${code}`);
  }
  return new PermanentSendError(msg, e.code !== undefined ? String(e.code) : String(status));
}

export async function graphRequest<T>(label: string, method: 'GET' | 'POST', path: string, token: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(graphUrl(path), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code ?? '';
    if (NOT_CONNECTED.has(code)) throw new RetryableSendError(`${label} unreachable (${code})`);
    throw new PermanentSendError(`Delivery unknown: the connection to ${label} broke during the call (${code || (err as Error).name}). Check the customer’s channel before sending again.`);
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) throw graphSendError(label, res.status, json);
  if (json === null || typeof json !== 'object') throw new PermanentSendError(`Delivery unknown: ${label} answered ${res.status} without a JSON body. Check the customer’s channel before sending again.`);
  return json as T;
}

export function requireToken(token: string | undefined, what: string): string {
  if (!token) throw new PermanentSendError(`This channel has no ${what}; add it in the channel settings`);
  return token;
}
