import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';

const priorityCursor = z.tuple([z.number().int(), z.string().max(64)]);

function expectBadCursor(cursor: string) {
  try {
    decodeCursor(cursor, priorityCursor);
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'bad_request' });
    expect((err as Error).message).toMatch(/cursor/i);
    return;
  }
  throw new Error(`cursor ${JSON.stringify(cursor)} was accepted`);
}

describe('cursor', () => {
  it('round-trips the values it encodes, as URL-safe text', () => {
    const c = encodeCursor([400_009_999, '019a0000-0000-7000-8000-000000000000']);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, priorityCursor)).toEqual([400_009_999, '019a0000-0000-7000-8000-000000000000']);
    const t = encodeCursor(['2026-11-02T09:00:00.000Z', 'abc']);
    expect(decodeCursor(t, z.tuple([z.string().datetime(), z.string()]))).toEqual(['2026-11-02T09:00:00.000Z', 'abc']);
  });

  it('answers 400 for anything that is not a cursor it made', () => {
    expectBadCursor('');
    expectBadCursor('not a cursor!!');
    expectBadCursor('%%%%');
    expectBadCursor(Buffer.from('{"priority":5}').toString('base64url')); // JSON of the wrong shape
    expectBadCursor(Buffer.from('[5]').toString('base64url')); // too short
    expectBadCursor(Buffer.from('["5","x"]').toString('base64url')); // wrong types
    expectBadCursor(Buffer.from('[5.5,"x"]').toString('base64url')); // not an integer
    expectBadCursor(Buffer.from('[5,"x",1]').toString('base64url')); // too long
    expectBadCursor(Buffer.from('[5,"x"').toString('base64url')); // not JSON
    expectBadCursor(Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url')); // random bytes
    expectBadCursor(encodeCursor([5, 'x'.repeat(65)]));
  });

  it('rejects a newest/oldest cursor handed to the priority sort and vice versa', () => {
    expectBadCursor(encodeCursor(['2026-11-02T09:00:00.000Z', 'abc']));
    expect(() => decodeCursor(encodeCursor([5, 'abc']), z.tuple([z.string().datetime(), z.string()]))).toThrow(ApiError);
    expect(() => decodeCursor(encodeCursor(['yesterday', 'abc']), z.tuple([z.string().datetime(), z.string()]))).toThrow(ApiError);
  });
});
