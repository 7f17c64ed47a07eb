// Opaque cursors for keyset pagination: base64url of a small JSON tuple.
// A cursor that does not decode to the expected shape is a 400, never a 500.
import { z } from 'zod';
import { badRequest } from '@/lib/api/errors';

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string, shape: T): z.infer<T> {
  try {
    const raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const parsed = shape.safeParse(raw);
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  throw badRequest('Malformed cursor; pass back the nextCursor value from the previous page unchanged');
}
