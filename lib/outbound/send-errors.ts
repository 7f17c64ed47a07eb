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
