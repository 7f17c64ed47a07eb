import nodeCrypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';

// lib/crypto reads its key through lib/env, which parses (and caches) the
// whole environment once per module instance; each case loads fresh modules.
const baseEnv = { DATABASE_URL: 'postgres://unused', NEXTAUTH_SECRET: 'unit-test-secret-0123456789' };
const saved = { ...process.env };

async function loadCrypto(encryptionKey: string) {
  vi.resetModules();
  Object.assign(process.env, baseEnv, { ENCRYPTION_KEY: encryptionKey });
  return import('@/lib/crypto');
}

afterEach(() => {
  process.env = { ...saved };
});

// Decrypts the stored form by hand with a known raw key: proves which key the module derived.
function decryptWith(key: Buffer, stored: string): string {
  const [, iv, tag, ct] = stored.split(':');
  const d = nodeCrypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
}

function flipChar(s: string, at: number): string {
  const c = s[at] === 'A' ? 'B' : 'A';
  return s.slice(0, at) + c + s.slice(at + 1);
}

describe('encryptSecret / decryptSecret', () => {
  it('round-trips text, including non-ASCII and empty strings, with a fresh IV each time', async () => {
    const c = await loadCrypto('a passphrase of some length');
    for (const plain of ['EAAGm0PX4ZCpsBA', 'parolă 密码 contraseña 🔑', '']) {
      const stored = c.encryptSecret(plain);
      expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]*$/);
      expect(stored).not.toContain(plain || '\u0000');
      expect(c.decryptSecret(stored)).toBe(plain);
    }
    expect(c.encryptSecret('same')).not.toBe(c.encryptSecret('same'));
  });

  it('detects tampering with the ciphertext, the tag or the IV', async () => {
    const c = await loadCrypto('a passphrase of some length');
    const stored = c.encryptSecret('app-secret-value');
    const [v, iv, tag, ct] = stored.split(':');
    expect(() => c.decryptSecret([v, iv, tag, flipChar(ct, 0)].join(':'))).toThrow();
    expect(() => c.decryptSecret([v, iv, flipChar(tag, 0), ct].join(':'))).toThrow();
    expect(() => c.decryptSecret([v, flipChar(iv, 0), tag, ct].join(':'))).toThrow();
    expect(() => c.decryptSecret([v, iv, tag, ct.slice(0, -2)].join(':'))).toThrow();
  });

  it('refuses unknown formats and a different key', async () => {
    const c = await loadCrypto('a passphrase of some length');
    const stored = c.encryptSecret('x');
    expect(() => c.decryptSecret(stored.replace(/^v1:/, 'v2:'))).toThrow(/Unrecognised/);
    expect(() => c.decryptSecret('plain text')).toThrow(/Unrecognised/);
    const other = await loadCrypto('another passphrase entirely');
    expect(() => other.decryptSecret(stored)).toThrow();
  });

  it('uses a 64-hex-digit or base64 32-byte key as is, and stretches anything else', async () => {
    const raw = nodeCrypto.randomBytes(32);
    const hex = await loadCrypto(raw.toString('hex'));
    expect(decryptWith(raw, hex.encryptSecret('hex key'))).toBe('hex key');
    const b64 = await loadCrypto(raw.toString('base64'));
    expect(decryptWith(raw, b64.encryptSecret('base64 key'))).toBe('base64 key');
    const phrase = await loadCrypto('correct horse battery staple');
    const stretched = nodeCrypto.scryptSync('correct horse battery staple', 'switchboard:credentials:v1', 32);
    expect(decryptWith(stretched, phrase.encryptSecret('passphrase'))).toBe('passphrase');
  });
});

describe('encryptJson / decryptJson', () => {
  it('round-trips a secrets object and treats a missing value as no secrets', async () => {
    const c = await loadCrypto('a passphrase of some length');
    const secrets = { appSecret: 's3cret', verifyToken: 'tok' };
    const stored = c.encryptJson(secrets);
    expect(stored).not.toContain('s3cret');
    expect(c.decryptJson(stored)).toEqual(secrets);
    expect(c.decryptJson(null)).toEqual({});
    expect(c.decryptJson(undefined)).toEqual({});
    expect(c.decryptJson('')).toEqual({});
  });
});

describe('maskSecret and friends', () => {
  it('shows enough to recognise a secret, never the whole of it', async () => {
    const c = await loadCrypto('a passphrase of some length');
    expect(c.maskSecret('short')).toBe('••••');
    expect(c.maskSecret('12345678')).toBe('••••');
    expect(c.maskSecret('sk_live_abcdef123456')).toBe('sk_l••••56');
    expect(c.maskSecret('sk_live_abcdef123456')).not.toContain('abcdef');
  });

  it('hashes, compares and generates tokens correctly', async () => {
    const c = await loadCrypto('a passphrase of some length');
    expect(c.sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(c.timingSafeEqualStr('abc', 'abc')).toBe(true);
    expect(c.timingSafeEqualStr('abc', 'abd')).toBe(false);
    expect(c.timingSafeEqualStr('abc', 'abcd')).toBe(false);
    const t = c.randomToken(32);
    expect(t).toMatch(/^[\w-]{43}$/);
    expect(c.randomToken(32)).not.toBe(t);
  });
});
