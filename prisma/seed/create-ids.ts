// Ids for the demo rows. The seed writes with createMany, so it makes its own
// UUIDv7s (lib/ids.ts, stamped with the row's own time) and provider ids in
// each provider's shape.
import crypto from 'node:crypto';
import type { Provider } from '@/lib/generated/prisma/enums';

import { uuidv7 } from '@/lib/ids';

export { uuidv7 };

const b64 = (bytes: number) => crypto.randomBytes(bytes).toString('base64url');
const hex = (bytes: number) => crypto.randomBytes(bytes).toString('hex');

// X ids are snowflakes: milliseconds since Twitter's epoch in the high bits.
export function snowflake(ms: number): string {
  return ((BigInt(Math.floor(ms)) - 1288834974657n) << 22n | BigInt(crypto.randomInt(0, 1 << 22))).toString();
}

export function providerMessageId(provider: Provider, sentAt: Date, outbound: boolean, emailDomain = 'mail.example.com'): string {
  switch (provider) {
    case 'messenger':
      return `m_${b64(66)}`;
    case 'instagram':
      return `aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx${b64(33)}`;
    case 'whatsapp':
      return `wamid.HBgM${b64(42)}`;
    case 'x':
      return snowflake(sentAt.getTime());
    case 'sms':
      return `SM${hex(16)}`;
    case 'email':
      return outbound ? `<${uuidv7(sentAt.getTime())}@northwind.test>` : `<CA${b64(30)}@${emailDomain}>`;
    case 'chat':
      return `chat_${hex(10)}`;
    case 'api':
      return `api_${hex(10)}`;
  }
}

// A small seeded generator (mulberry32): the demo's made-up phone numbers and
// account ids come out the same on every seed.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomDigits(random: () => number, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += Math.floor(random() * 10);
  return s;
}
