// Calls a route handler exactly as Next would: a real Request and a
// { params: Promise } segment. Returns the status, the parsed JSON body and
// the headers, and fails loudly when the answer is not JSON.
type RouteHandler = (request: Request, segment: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export type RouteAnswer<T = any> = { status: number; body: T; headers: Headers };

export async function callRoute<T = any>(
  handler: RouteHandler,
  path: string,
  opts: { key?: string; authorization?: string; params?: Record<string, string> } = {},
): Promise<RouteAnswer<T>> {
  const headers: Record<string, string> = {};
  if (opts.authorization !== undefined) headers.authorization = opts.authorization;
  else if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  const res = await handler(new Request(`http://switchboard.test${path}`, { headers }), { params: Promise.resolve(opts.params ?? {}) });
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new Error(`${path} answered ${res.status} with content-type "${type}"`);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

// Asserts the one error shape: { error: { code, message } } with a 4xx status.
export function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  const e = (body as { error?: { code?: unknown; message?: unknown } })?.error;
  return typeof e?.code === 'string' && typeof e?.message === 'string' && e.message.length > 0;
}
