// The one Redis connection factory. BullMQ workers need
// maxRetriesPerRequest: null (blocking commands must not time out); other
// callers (health checks, pub/sub publishers) want to fail fast instead.
import { Redis, type RedisOptions } from 'ioredis';

export const DEFAULT_LOCAL_REDIS = 'redis://127.0.0.1:6379';

export function createRedis(url: string, purpose: 'worker' | 'client' = 'client', extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    lazyConnect: false,
    maxRetriesPerRequest: purpose === 'worker' ? null : 1,
    enableOfflineQueue: purpose === 'worker',
    connectTimeout: 2000,
    ...extra,
  });
}

// Answers whether a Redis at url replies to PING within timeoutMs.
export async function redisAnswers(url: string, timeoutMs = 700): Promise<boolean> {
  const r = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  r.on('error', () => {});
  try {
    await Promise.race([
      r.connect().then(() => r.ping()),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}
