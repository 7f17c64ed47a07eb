// The wrapper every workspace route handler goes through: it resolves the
// caller (API key or session), checks the role, parses params, query and body
// with zod, hands the handler a workspace-scoped client, and maps any error to
// the one JSON error shape. Handlers stay ~30 lines and call one lib function.
import type { z } from 'zod';
import { ApiError, errorResponse, forbidden, unauthorized } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json-body';
import { bearerToken, callerFromApiKey, callerFromSession, type Caller } from '@/lib/auth/session';
import { hasRole, type Role } from '@/lib/auth/roles';
import { scopedDb, type ScopedDb } from '@/lib/tenancy';

export type WorkspaceContext = Caller & { db: ScopedDb };

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.infer<S> : undefined;

type Options<P, Q, B> = {
  // Who may call: 'api_key' for the public API, 'session' for the app, 'any' for both.
  auth?: 'api_key' | 'session' | 'any';
  role?: Role;
  params?: P;
  query?: Q;
  body?: B;
};

type Handler<P, Q, B> = (args: {
  request: Request;
  ctx: WorkspaceContext;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
}) => Promise<unknown>;

export async function resolveCaller(request: Request, auth: 'api_key' | 'session' | 'any'): Promise<Caller> {
  const token = bearerToken(request.headers.get('authorization'));
  if (request.headers.get('authorization') && !token) throw unauthorized('Malformed Authorization header; use "Bearer <api key>"');
  if (token) {
    if (auth === 'session') throw unauthorized('This endpoint takes a signed-in session, not an API key');
    const caller = await callerFromApiKey(token);
    if (!caller) throw unauthorized('Unknown or revoked API key');
    return caller;
  }
  if (auth === 'api_key') throw unauthorized('Missing API key; send "Authorization: Bearer <api key>"');
  const caller = await callerFromSession();
  if (!caller) throw unauthorized();
  return caller;
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

export function withWorkspace<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  options: Options<P, Q, B>,
  handler: Handler<P, Q, B>,
) {
  return async (request: Request, segment: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const caller = await resolveCaller(request, options.auth ?? 'any');
      if (options.role && !hasRole(caller.role, options.role)) throw forbidden(`This needs the ${options.role} role or higher`);
      const params = options.params ? options.params.parse(await segment.params) : undefined;
      const query = options.query ? options.query.parse(queryObject(new URL(request.url))) : undefined;
      const body = options.body ? options.body.parse(await readJsonBody(request)) : undefined;
      const result = await handler({
        request,
        ctx: { ...caller, db: scopedDb(caller.workspaceId) },
        params: params as Out<P>,
        query: query as Out<Q>,
        body: body as Out<B>,
      });
      if (result instanceof Response) return result;
      return Response.json(result ?? { ok: true });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

export { ApiError };
