import { describe, expect, it } from 'vitest';
import { PermanentSendError, RetryableSendError, sendErrorFromNetwork, sendErrorFromResponse } from '@/lib/outbound/send-errors';

describe('send errors', () => {
  it('retries 429 and 5xx, with Retry-After, and stops on other 4xx', () => {
    const r = sendErrorFromResponse('Twilio', 429, 'Too Many Requests', '7');
    expect(r).toBeInstanceOf(RetryableSendError);
    expect((r as RetryableSendError).retryAfterMs).toBe(7000);
    expect(sendErrorFromResponse('Graph', 503, '')).toBeInstanceOf(RetryableSendError);
    expect(sendErrorFromResponse('Graph', 400, 'Invalid parameter')).toBeInstanceOf(PermanentSendError);
  });

  it('retries only network failures where the request never left', () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' } });
    expect(sendErrorFromNetwork('Twilio', refused)).toBeInstanceOf(RetryableSendError);
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_SOCKET', message: 'other side closed' } });
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    for (const e of [reset, timeout]) {
      const out = sendErrorFromNetwork('Twilio', e);
      expect(out).toBeInstanceOf(PermanentSendError);
      expect(out.message).toMatch(/Delivery unknown/);
    }
  });
});
