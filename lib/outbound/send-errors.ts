// How a provider send failed decides what the outbound worker does next.
// Retryable: the provider did not take the message (5xx, 429, connection
// refused) — try again with backoff. Permanent: it refused it (4xx) — show the
// provider's error on the message and stop.
export class RetryableSendError extends Error {
  constructor(message: string, public retryAfterMs?: number) {
    super(message);
  }
}

export class PermanentSendError extends Error {
  constructor(message: string, public code?: string) {
    super(message);
  }
}

// Maps an HTTP answer from a provider API to the right error.
export function sendErrorFromResponse(provider: string, status: number, detail: string, retryAfter?: string | null): Error {
  const msg = `${provider} answered ${status}${detail ? `: ${detail}` : ''}`;
  if (status === 429 || status >= 500) {
    const seconds = Number(retryAfter);
    return new RetryableSendError(msg, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined);
  }
  return new PermanentSendError(msg, String(status));
}

// Connection-level failures where the request certainly never reached the
// provider: safe to retry. Anything else (a timeout or reset after the request
// went out) may have been delivered, and neither Meta, X nor Twilio take an
// idempotency key, so retrying could send the customer the reply twice.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT']);

export function sendErrorFromNetwork(provider: string, err: unknown): Error {
  const e = err as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
  const code = e?.cause?.code ?? e?.code;
  const detail = e?.cause?.message ?? e?.message ?? String(err);
  if (code && NOT_SENT_CODES.has(code)) return new RetryableSendError(`${provider} unreachable (${code}): ${detail}`);
  return new PermanentSendError(`Delivery unknown: the connection to ${provider} failed after the request was sent (${code ?? e?.name ?? 'error'}: ${detail}). Check the customer’s channel before sending again.`, 'unknown');
}
