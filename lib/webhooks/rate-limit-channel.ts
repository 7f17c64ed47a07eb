// Per-channel flood protection for webhooks: a token bucket per channel id,
// on Redis when the queues use Redis (shared by every web process), else in
// process memory. If Redis is unreachable the in-memory limiter takes over, so
// a Redis outage never turns into refused webhooks.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ApiError } from '@/lib/api/errors';
import { resolveQueueBackend } from '@/lib/queue/backend';
import { createRedis } from '@/lib/redis';

const POINTS = Number(process.env.WEBHOOK_RATE_LIMIT_PER_SECOND ?? 2000);

let limiter: Promise<RateLimiterAbstract> | undefined;

function getLimiter(): Promise<RateLimiterAbstract> {
  limiter ??= (async () => {
    const memory = new RateLimiterMemory({ keyPrefix: 'webhook', points: POINTS, duration: 1 });
    const backend = await resolveQueueBackend();
    if (backend.kind !== 'redis') return memory;
    const client = createRedis(backend.url, 'client');
    client.on('error', () => {});
    return new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `${process.env.QUEUE_PREFIX || 'switchboard'}:webhook-rl`,
      points: POINTS,
      duration: 1,
      insuranceLimiter: memory,
    });
  })();
  return limiter;
}

export async function rateLimitChannel(channelId: string): Promise<void> {
  try {
    await (await getLimiter()).consume(channelId.slice(0, 64));
  } catch (res) {
    if (res instanceof RateLimiterRes) {
      const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw new ApiError(429, 'rate_limited', `Too many requests for this channel; retry after ${retryAfter} s`, { retryAfter });
    }
    // The store failed and had no insurance: let the request through.
  }
}
