// X-Hub-Signature-256 against the shared vectors: the exact raw bytes verify;
// a flipped byte, a re-serialised body, a wrong secret, a missing or
// malformed header do not (401 missing/malformed, 403 wrong).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { computeMetaSignature, verifyMetaSignature } from '@/lib/channels/meta/verify-signature';
import { metaTime } from '@/lib/channels/meta/meta-time';
import { fixturesDir } from '../../scripts/lib/shared-dir';

const FIXTURES = fixturesDir();
const vectors = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'signature_vectors.json'), 'utf8'));
const cases = [
  ['meta_doc_message_text.json', 'messenger/doc_message_text.json'],
  ['meta_doc_instagram_message.json', 'instagram/doc_instagram_message.json'],
] as const;

function statusOf(fn: () => void): number | 'ok' {
  try {
    fn();
    return 'ok';
  } catch (err) {
    if (err instanceof ApiError) return err.status;
    throw err;
  }
}

describe('verifyMetaSignature', () => {
  for (const [key, file] of cases) {
    const v = vectors[key];
    const raw = fs.readFileSync(path.join(FIXTURES, file));

    it(`${key}: the exact raw bytes verify, and we compute the same header`, () => {
      expect(v.appSecret).toBe('test_app_secret');
      expect(computeMetaSignature(v.appSecret, raw)).toBe(v.expected);
      expect(statusOf(() => verifyMetaSignature(raw, v.expected, v.appSecret))).toBe('ok');
      // Header names and hex case are not significant.
      expect(statusOf(() => verifyMetaSignature(raw, v.expected.replace(/[a-f]/g, (c: string) => c.toUpperCase()).replace('SHA256', 'sha256'), v.appSecret))).toBe('ok');
    });

    it(`${key}: a flipped byte, a re-serialised body or a wrong secret → 403`, () => {
      const flipped = Buffer.from(raw);
      flipped[Math.floor(flipped.length / 2)] ^= 0x01;
      expect(statusOf(() => verifyMetaSignature(flipped, v.expected, v.appSecret))).toBe(403);
      const reserialised = JSON.stringify(JSON.parse(raw.toString('utf8')));
      expect(reserialised).not.toBe(raw.toString('utf8'));
      expect(statusOf(() => verifyMetaSignature(reserialised, v.expected, v.appSecret))).toBe(403);
      expect(statusOf(() => verifyMetaSignature(raw, v.expected, 'another_secret'))).toBe(403);
      // No secret configured on our side: refused, never accepted.
      expect(statusOf(() => verifyMetaSignature(raw, v.expected, undefined))).toBe(403);
    });

    it(`${key}: a missing or malformed header → 401`, () => {
      expect(statusOf(() => verifyMetaSignature(raw, null, v.appSecret))).toBe(401);
      expect(statusOf(() => verifyMetaSignature(raw, '', v.appSecret))).toBe(401);
      expect(statusOf(() => verifyMetaSignature(raw, v.expected.replace('sha256=', 'sha1='), v.appSecret))).toBe(401);
      expect(statusOf(() => verifyMetaSignature(raw, v.expected.slice(0, -2), v.appSecret))).toBe(401);
      expect(statusOf(() => verifyMetaSignature(raw, `${v.expected}00`, v.appSecret))).toBe(401);
      expect(statusOf(() => verifyMetaSignature(raw, v.expected.slice(7), v.appSecret))).toBe(401);
    });
  }
});

describe('metaTime', () => {
  const fallback = new Date('2030-01-01T00:00:00Z');
  it('reads milliseconds, seconds, numeric strings and ISO strings with a short offset', () => {
    expect(metaTime(1458692752478, fallback).toISOString()).toBe('2016-03-23T00:25:52.478Z');
    expect(metaTime(1749625938, fallback).toISOString()).toBe('2025-06-11T07:12:18.000Z');
    expect(metaTime('1664799904', fallback).toISOString()).toBe('2022-10-03T12:25:04.000Z');
    expect(metaTime('2021-09-08T06:34:04+0000', fallback).toISOString()).toBe('2021-09-08T06:34:04.000Z');
  });
  it('falls back for missing or unreadable values', () => {
    expect(metaTime(undefined, fallback)).toBe(fallback);
    expect(metaTime('yesterday', fallback)).toBe(fallback);
    expect(metaTime({}, fallback)).toBe(fallback);
  });
});
