// Reads a multipart/form-data or urlencoded webhook body (SendGrid, Mailgun)
// with the platform's own parser. Bodies saved with bare LF line endings (as
// SendGrid's published samples are) are accepted by retrying with CRLF: the
// multipart grammar needs CRLF, and a real provider always sends it.
import type { z } from 'zod';
import { badRequest } from '@/lib/api/errors';

export async function readFormData(raw: string, contentType: string | null): Promise<FormData> {
  const type = contentType ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
    throw badRequest(`Expected a multipart/form-data or urlencoded body, got "${type.slice(0, 100) || 'no content type'}"`);
  }
  const parse = (body: string) => new Response(body, { headers: { 'content-type': type } }).formData();
  try {
    return await parse(raw);
  } catch (err) {
    if (/^multipart\//i.test(type) && !raw.includes('\r\n')) {
      try {
        return await parse(raw.replace(/\n/g, '\r\n'));
      } catch {
        // fall through to the original error
      }
    }
    throw badRequest(`Malformed form body: ${(err as Error).message}`);
  }
}

// A text field (first value), or undefined.
export function field(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  return typeof v === 'string' ? v : undefined;
}

// A JSON text field checked against its schema; a bad one is a 400 naming the field.
export function jsonField<T>(form: FormData, name: string, schema: z.ZodType<T>): T | undefined {
  const value = field(form, name);
  if (!value?.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw badRequest(`The "${name}" field is not valid JSON`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw badRequest(`The "${name}" field has an unexpected shape: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}
