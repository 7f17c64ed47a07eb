// Per-channel flood protection for webhooks: a token bucket per channel id,
// on Redis when the queues use Redis (shared by every web process), else in
// process memory. If Redis is unreachable the in-memory limiter takes over, so
// a Redis outage never turns into refused webhooks.
//
// The default is WEBHOOK_RATE_LIMIT_PER_SECOND (2000) per channel; an admin
// may set a channel's own limit in settings.rateLimitPerSecond (a public chat
// widget wants a lower one than a WhatsApp number). That setting is read once
// per channel and kept for LIMIT_TTL_MS, so a flood costs no database reads.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db';
import { resolveQueueBackend } from '@/lib/queue/backend';
import { createRedis } from '@/lib/redis';

const DEFAULT_POINTS = Number(process.env.WEBHOOK_RATE_LIMIT_PER_SECOND ?? 2000);
const LIMIT_TTL_MS = 30_000;
const LIMIT_CACHE_MAX = 10_000;

const limiters = new Map<string, Promise<RateLimiterAbstract>>();

function getLimiter(name: string, points: number, duration: number): Promise<RateLimiterAbstract> {
  const id = `${name}:${points}:${duration}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = (async () => {
      const memory = new RateLimiterMemory({ keyPrefix: id, points, duration });
      const backend = await resolveQueueBackend();
      if (backend.kind !== 'redis') return memory;
      const client = createRedis(backend.url, 'client');
      client.on('error', () => {});
      return new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${process.env.QUEUE_PREFIX || 'switchboard'}:rl:${id}`,
        points,
        duration,
        insuranceLimiter: memory,
      });
    })();
    limiters.set(id, limiter);
  }
  return limiter;
}

// Consumes one point of `key` in the bucket `name` (points per duration seconds); 429 when empty.
export async function rateLimit(name: string, key: string, points: number, duration = 1): Promise<void> {
  try {
    await (await getLimiter(name, points, duration)).consume(key.slice(0, 128));
  } catch (res) {
    if (res instanceof RateLimiterRes) {
      const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw new ApiError(429, 'rate_limited', `Too many requests; retry after ${retryAfter} s`, { retryAfter });
    }
    // The store failed and had no insurance: let the request through.
  }
}

const channelLimits = new Map<string, { points: number; until: number }>();

// A positive integer from settings.rateLimitPerSecond, else the default.
export function channelLimitFrom(settings: unknown): number {
  const v = (settings as { rateLimitPerSecond?: unknown } | null)?.rateLimitPerSecond;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : DEFAULT_POINTS;
}

async function limitFor(channelId: string): Promise<number> {
  const now = Date.now();
  const hit = channelLimits.get(channelId);
  if (hit && hit.until > now) return hit.points;
  // Unknown ids get the default (the route answers 404 after this anyway).
  const row = await db.channel.findUnique({ where: { id: channelId }, select: { settings: true } }).catch(() => null);
  const points = channelLimitFrom(row?.settings);
  if (channelLimits.size >= LIMIT_CACHE_MAX) channelLimits.clear();
  channelLimits.set(channelId, { points, until: now + LIMIT_TTL_MS });
  return points;
}

// Forget a channel's cached limit (after an admin changed it, in this process).
export function forgetChannelLimit(channelId: string): void {
  channelLimits.delete(channelId);
}

export async function rateLimitChannel(channelId: string): Promise<void> {
  const id = channelId.slice(0, 64);
  try {
    await rateLimit('webhook', id, await limitFor(id), 1);
  } catch (err) {
    if (err instanceof ApiError && err.status === 429) {
      const retryAfter = (err.details as { retryAfter: number }).retryAfter;
      throw new ApiError(429, 'rate_limited', `Too many requests for this channel; retry after ${retryAfter} s`, { retryAfter });
    }
    throw err;
  }
}
