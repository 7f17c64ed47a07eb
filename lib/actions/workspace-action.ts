// The wrapper for server actions: the same caller resolution (session only),
// role check, zod parsing, workspace scoping and error shape as the API.
// Usage in a 'use server' file:
//   export const resolveAction = workspaceAction({ input: schema, role: 'agent' }, (ctx, input) => ...);
import { z } from 'zod';
import { forbidden, toErrorBody, unauthorized, type ErrorBody } from '@/lib/api/errors';
import { callerFromSession, type Caller } from '@/lib/auth/session';
import { hasRole, type Role } from '@/lib/auth/roles';
import { scopedDb } from '@/lib/tenancy';
import type { WorkspaceContext } from '@/lib/api/with-workspace';

export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

type Options<S extends z.ZodType> = { input: S; role?: Role };
type Fn<S extends z.ZodType, T> = (ctx: WorkspaceContext, input: z.infer<S>) => Promise<T>;

// Everything but reading the session: tests call this with a caller directly.
export async function runWorkspaceAction<S extends z.ZodType, T>(caller: Caller | null, options: Options<S>, fn: Fn<S, T>, raw: unknown): Promise<ActionResult<T>> {
  try {
    if (!caller) throw unauthorized('Your session has ended; sign in again');
    if (options.role && !hasRole(caller.role, options.role)) throw forbidden(`This needs the ${options.role} role or higher`);
    const input = options.input.parse(raw);
    const data = await fn({ ...caller, db: scopedDb(caller.workspaceId) }, input);
    return { ok: true, data };
  } catch (err) {
    return { ok: false, ...toErrorBody(err).body };
  }
}

export function workspaceAction<S extends z.ZodType, T>(options: Options<S>, fn: Fn<S, T>): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => runWorkspaceAction(await callerFromSession(), options, fn, raw);
}
