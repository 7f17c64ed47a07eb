module.exports=[80749,e=>{"use strict";var r=e.i(63955),s=e.i(2071);let i=`
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
return {prev, gone}`,l=`
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v or cjson.decode(v).conversationId ~= ARGV[2] then return false end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return v`;e.s(["RedisPresenceStore",0,class{redis;prefix=process.env.QUEUE_PREFIX||"switchboard";constructor(e){let s=(0,r.U)(e,"client",{enableOfflineQueue:!0});s.defineCommand("presencePut",{numberOfKeys:2,lua:i}),s.defineCommand("presenceRemove",{numberOfKeys:2,lua:l}),s.on("error",()=>{}),this.redis=s}keys(e){let r=`${this.prefix}:presence:{${e}}`;return[`${r}:entries`,`${r}:expiry`]}async put(e,r,i){let[l,n]=await this.redis.presencePut(...this.keys(e),i,2*s.k,`${r.membershipId}|${r.tabId}`,JSON.stringify(r),r.expiresAt);return{previous:l?JSON.parse(l):null,expired:n.map(e=>JSON.parse(e))}}async remove(e,r,s,i){let l=await this.redis.presenceRemove(...this.keys(e),`${r}|${s}`,i);return l?JSON.parse(l):null}async list(e,r){return(await this.redis.hvals(this.keys(e)[0])).map(e=>JSON.parse(e)).filter(e=>e.expiresAt>r)}async close(){this.redis.disconnect()}}])}];

//# sourceMappingURL=lib_presence_redis-presence-store_ts_0fn216a-2p6vo._.js.map