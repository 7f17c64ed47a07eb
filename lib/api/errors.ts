// One JSON error shape for the API, webhooks and server actions:
//   { "error": { "code": "not_found", "message": "Conversation not found", "details"?: ... } }
import { ZodError } from 'zod';
import { log } from '@/lib/log';

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: unknown) => new ApiError(400, 'bad_request', message, details);
export const unauthorized = (message = 'Sign in or send an API key as "Authorization: Bearer <key>"') => new ApiError(401, 'unauthorized', message);
export const forbidden = (message = 'Your role does not allow this') => new ApiError(403, 'forbidden', message);
export const notFound = (what = 'Resource') => new ApiError(404, 'not_found', `${what} not found`);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);
export const payloadTooLarge = (limit: number) => new ApiError(413, 'payload_too_large', `Body is larger than ${limit} bytes`);

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ApiError) {
    return { status: err.status, body: { error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) } } };
  }
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = details[0];
    return {
      status: 400,
      body: { error: { code: 'invalid_input', message: first ? `${first.path || 'input'}: ${first.message}` : 'Invalid input', details } },
    };
  }
  const code = (err as { code?: string } | null)?.code;
  if (code === 'P2025') return { status: 404, body: { error: { code: 'not_found', message: 'Resource not found' } } };
  if (code === 'P2002') return { status: 409, body: { error: { code: 'conflict', message: 'A record with these values already exists' } } };
  log.error('unhandled error', { error: (err as Error)?.message, stack: (err as Error)?.stack?.split('\n').slice(0, 5).join(' | ') });
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side' } } };
}

export function errorResponse(err: unknown): Response {
  const { status, body } = toErrorBody(err);
  return Response.json(body, { status });
}
