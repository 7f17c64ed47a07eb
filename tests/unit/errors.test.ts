import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { ApiError, badRequest, conflict, errorResponse, forbidden, notFound, payloadTooLarge, toErrorBody, unauthorized } from '@/lib/api/errors';

afterEach(() => vi.restoreAllMocks());

const prismaError = (code: string) => new Prisma.PrismaClientKnownRequestError(`prisma says ${code}`, { code, clientVersion: 'test' });

describe('toErrorBody', () => {
  it('passes an ApiError through with its status, code, message and details', () => {
    expect(toErrorBody(new ApiError(422, 'unprocessable', 'Nope', { field: 'x' }))).toEqual({
      status: 422,
      body: { error: { code: 'unprocessable', message: 'Nope', details: { field: 'x' } } },
    });
    // No "details" key at all when there are none.
    expect(toErrorBody(notFound('Conversation')).body).toEqual({ error: { code: 'not_found', message: 'Conversation not found' } });
  });

  it('gives each helper its HTTP status and code', () => {
    const cases: [ApiError, number, string][] = [
      [badRequest('x'), 400, 'bad_request'],
      [unauthorized(), 401, 'unauthorized'],
      [forbidden(), 403, 'forbidden'],
      [notFound(), 404, 'not_found'],
      [conflict('x'), 409, 'conflict'],
      [payloadTooLarge(10), 413, 'payload_too_large'],
    ];
    for (const [err, status, code] of cases) {
      const out = toErrorBody(err);
      expect(out.status).toBe(status);
      expect(out.body.error.code).toBe(code);
      expect(out.body.error.message.length).toBeGreaterThan(0);
    }
  });

  it('turns a ZodError into a 400 naming the first bad field, with every issue in details', () => {
    const schema = z.object({ status: z.enum(['open', 'resolved']), filter: z.object({ limit: z.number().max(100) }) }).strict();
    const parsed = schema.safeParse({ status: 'closed', filter: { limit: 500 }, extra: 1 });
    expect(parsed.success).toBe(false);
    const { status, body } = toErrorBody(parsed.error);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/^status: /);
    const paths = (body.error.details as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['status', 'filter.limit', '']));
    // A root-level issue (unknown key) is labelled "input", not an empty name.
    const root = toErrorBody(z.object({}).strict().safeParse({ nope: 1 }).error);
    expect(root.body.error.message).toMatch(/^input: /);
  });

  it('maps Prisma "record not found" to 404 and "unique constraint" to 409, without Prisma’s text', () => {
    expect(toErrorBody(prismaError('P2025'))).toEqual({ status: 404, body: { error: { code: 'not_found', message: 'Resource not found' } } });
    const dup = toErrorBody(prismaError('P2002'));
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('conflict');
    expect(JSON.stringify(dup.body)).not.toContain('prisma says');
  });

  it('answers anything else with a generic 500 and logs the real message for operators only', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    for (const err of [new Error('connection string postgres://user:pw@db leaked'), prismaError('P2003'), 'a string', null, undefined, { weird: true }]) {
      const out = toErrorBody(err);
      expect(out).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side' } } });
    }
    expect(written.join('')).toContain('leaked');
  });
});

describe('errorResponse', () => {
  it('is a JSON Response with the mapped status', async () => {
    const res = errorResponse(notFound('Contact'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Contact not found' } });
  });
});
