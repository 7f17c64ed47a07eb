// Row ids: UUIDv7, time-ordered like Prisma's @default(uuid(7)), for code that
// writes with raw SQL (hot paths) or createMany.
import crypto from 'node:crypto';

export function uuidv7(ms: number = Date.now()): string {
  const b = crypto.randomBytes(16);
  b.writeUIntBE(Math.max(0, Math.floor(ms)), 0, 6);
  b[6] = 0x70 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
