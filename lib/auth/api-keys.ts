// API keys: "sb_" + 32 random bytes. Only the sha256 is stored; the key is
// shown once when created. Looked up by hash, so no timing leak on compare.
import { db } from '@/lib/db';
import { randomToken, sha256Hex } from '@/lib/crypto';
import type { Role } from '@/lib/generated/prisma/enums';

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `sb_${randomToken(32)}`;
  return { key, prefix: key.slice(0, 10), hash: sha256Hex(key) };
}

export async function createApiKey(workspaceId: string, name: string, role: Role = 'manager', createdById?: string, key?: string) {
  const generated = key ? { key, prefix: key.slice(0, 10), hash: sha256Hex(key) } : generateApiKey();
  const row = await db.apiKey.create({
    data: { workspaceId, name, role, createdById, prefix: generated.prefix, hash: generated.hash },
  });
  return { ...row, key: generated.key };
}

export async function findApiKey(key: string) {
  if (!key.startsWith('sb_') || key.length > 200) return null;
  const row = await db.apiKey.findUnique({ where: { hash: sha256Hex(key) } });
  if (!row || row.revokedAt) return null;
  // Touch lastUsedAt at most once a minute to keep reads cheap.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return row;
}
