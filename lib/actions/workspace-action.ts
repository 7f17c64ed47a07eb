// The wrapper for server actions: the same caller resolution (session only),
// role check, zod parsing, workspace scoping and error shape as the API.
// Usage in a 'use server' file:
//   export const resolveAction = workspaceAction({ input: schema, role: 'agent' }, (ctx, input) => ...);
import { z } from 'zod';
import { forbidden, toErrorBody, unauthorized, type ErrorBody } from '@/lib/api/errors';
import { callerFromSession } from '@/lib/auth/session';
import { hasRole, type Role } from '@/lib/auth/roles';
import { scopedDb } from '@/lib/tenancy';
import type { WorkspaceContext } from '@/lib/api/with-workspace';

export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

export function workspaceAction<S extends z.ZodType, T>(
  options: { input: S; role?: Role },
  fn: (ctx: WorkspaceContext, input: z.infer<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const caller = await callerFromSession();
      if (!caller) throw unauthorized('Your session has ended; sign in again');
      if (options.role && !hasRole(caller.role, options.role)) throw forbidden(`This needs the ${options.role} role or higher`);
      const input = options.input.parse(raw);
      const data = await fn({ ...caller, db: scopedDb(caller.workspaceId) }, input);
      return { ok: true, data };
    } catch (err) {
      return { ok: false, ...toErrorBody(err).body };
    }
  };
}
