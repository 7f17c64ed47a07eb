// Secrets at rest (channel credentials): AES-256-GCM with a key derived from
// ENCRYPTION_KEY. The stored form is "v1:<iv>:<tag>:<ciphertext>" in base64url.
import crypto from 'node:crypto';
import { env } from '@/lib/env';

// Derived once per process: scrypt is deliberately slow, and webhooks decrypt
// channel secrets on every request.
let cachedKey: { raw: string; key: Buffer } | undefined;

function key(): Buffer {
  const raw = env().ENCRYPTION_KEY;
  if (cachedKey?.raw === raw) return cachedKey.key;
  cachedKey = { raw, key: deriveKey(raw) };
  return cachedKey.key;
}

function deriveKey(raw: string): Buffer {
  if (/^[0-9a-f]{64}$/i.test(raw)) return Buffer.from(raw, 'hex');
  const b64 = Buffer.from(raw, 'base64');
  if (b64.length === 32 && /^[A-Za-z0-9+/_-]{43}=?$/.test(raw)) return b64;
  // A passphrase: stretch it (fixed salt; the key must be stable across restarts).
  return crypto.scryptSync(raw, 'switchboard:credentials:v1', 32);
}

export function encryptSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join(':');
}

export function decryptSecret(stored: string): string {
  const [v, iv, tag, ct] = stored.split(':');
  if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('Unrecognised encrypted value');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

export function encryptJson(value: Record<string, string>): string {
  return encryptSecret(JSON.stringify(value));
}

export function decryptJson(stored: string | null | undefined): Record<string, string> {
  return stored ? (JSON.parse(decryptSecret(stored)) as Record<string, string>) : {};
}

// Shows enough of a secret to recognise it, never the whole of it.
export function maskSecret(secret: string): string {
  if (secret.length <= 8) return '••••';
  return `${secret.slice(0, 4)}••••${secret.slice(-2)}`;
}

export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

export function randomToken(bytes = 24): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function timingSafeEqualStr(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
