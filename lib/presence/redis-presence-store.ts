// Presence in Redis: per workspace, a hash (member|tab → entry as JSON) and a
// sorted set of the same fields scored by expiry. A heartbeat is one Lua call:
// read the tab's previous entry, write the new one, sweep expired entries
// (returned, so their viewers can be told). Both keys share a hash tag (Redis
// Cluster) and expire on their own when a workspace goes quiet.
import type { Redis } from 'ioredis';
import { createRedis } from '@/lib/redis';
import type { PresenceStore, PutResult } from './presence-store';
import { PRESENCE_TTL_MS, type PresenceEntry } from './presence-types';

// KEYS: hash, zset. ARGV: now, keyTtlMs, field, json, expiresAt.
const PUT = `
local now = tonumber(ARGV[1])
local prev = redis.call('HGET', KEYS[1], ARGV[3])
if prev and tonumber(redis.call('ZSCORE', KEYS[2], ARGV[3]) or '0') <= now then prev = false end
redis.call('HSET', KEYS[1], ARGV[3], ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[3])
local gone = {}
for _, f in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)) do
  local v = redis.call('HGET', KEYS[1], f)
  redis.call('HDEL', KEYS[1], f)
  redis.call('ZREM', KEYS[2], f)
  if v then table.insert(gone, v) end
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return {prev, gone}`;

// KEYS: hash, zset. ARGV: field, conversationId.
const REMOVE = `
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v or cjson.decode(v).conversationId ~= ARGV[2] then return false end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return v`;

type PresenceRedis = Redis & {
  presencePut(hash: string, zset: string, ...args: (string | number)[]): Promise<[string | null, string[]]>;
  presenceRemove(hash: string, zset: string, field: string, conversationId: string): Promise<string | null>;
};

export class RedisPresenceStore implements PresenceStore {
  private readonly redis: PresenceRedis;
  private readonly prefix = process.env.QUEUE_PREFIX || 'switchboard';

  constructor(url: string) {
    // Commands issued while connecting wait for the connection (then fail fast).
    const redis = createRedis(url, 'client', { enableOfflineQueue: true });
    redis.defineCommand('presencePut', { numberOfKeys: 2, lua: PUT });
    redis.defineCommand('presenceRemove', { numberOfKeys: 2, lua: REMOVE });
    redis.on('error', () => {}); // requests fail fast and the caller answers 503
    this.redis = redis as PresenceRedis;
  }

  private keys(workspaceId: string): [string, string] {
    const base = `${this.prefix}:presence:{${workspaceId}}`;
    return [`${base}:entries`, `${base}:expiry`];
  }

  async put(workspaceId: string, e: PresenceEntry, now: number): Promise<PutResult> {
    const [prev, gone] = await this.redis.presencePut(...this.keys(workspaceId), now, PRESENCE_TTL_MS * 2, `${e.membershipId}|${e.tabId}`, JSON.stringify(e), e.expiresAt);
    return { previous: prev ? (JSON.parse(prev) as PresenceEntry) : null, expired: gone.map((g) => JSON.parse(g) as PresenceEntry) };
  }

  async remove(workspaceId: string, membershipId: string, tabId: string, conversationId: string): Promise<PresenceEntry | null> {
    const v = await this.redis.presenceRemove(...this.keys(workspaceId), `${membershipId}|${tabId}`, conversationId);
    return v ? (JSON.parse(v) as PresenceEntry) : null;
  }

  async list(workspaceId: string, now: number): Promise<PresenceEntry[]> {
    const all = await this.redis.hvals(this.keys(workspaceId)[0]);
    return all.map((v) => JSON.parse(v) as PresenceEntry).filter((e) => e.expiresAt > now);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
