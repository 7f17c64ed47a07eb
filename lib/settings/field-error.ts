// A 400 about one field, in the same shape as a zod error
// ({ code: 'invalid_input', details: [{ path, message }] }), so forms show it
// next to the field and API clients read one format for every bad input.
import { ApiError } from '@/lib/api/errors';

export type FieldIssue = { path: string; message: string };

export function invalidFields(issues: FieldIssue[]): ApiError {
  const first = issues[0];
  return new ApiError(400, 'invalid_input', first ? `${first.path}: ${first.message}` : 'Invalid input', issues);
}

export const invalidField = (path: string, message: string) => invalidFields([{ path, message }]);
