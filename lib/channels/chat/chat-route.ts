// The wrapper of every public chat endpoint (/api/chat/<channelId>/… and the
// chat webhook): per-channel rate limit (429), the channel (404 for unknown,
// disabled or non-chat ids), the Origin check (403 unless same-origin — our own
// iframe — or listed in settings.allowedOrigins), CORS headers for listed
// origins, and the one JSON error shape. Visitor tokens are checked by the
// use cases, since each endpoint reads them from a different place.
import { ApiError, errorResponse } from '@/lib/api/errors';
import { appUrl } from '@/lib/env';
import { loadChannel, type LoadedChannel } from '@/lib/channels/load-channel';
import { allowedOriginsOf, checkChatOrigin } from '@/lib/channels/chat/chat-origin';
import { rateLimitChannel } from '@/lib/webhooks/rate-limit-channel';
import { log } from '@/lib/log';
import { ZodError } from 'zod';

type Segment = { params: Promise<{ channelId: string }> };
export type ChatHandler = (args: { request: Request; channel: LoadedChannel }) => Promise<Response>;

const ALLOW_HEADERS = 'content-type, x-chat-visitor, x-chat-token, last-event-id';

function selfOrigins(request: Request): string[] {
  const own = [new URL(request.url).origin];
  try {
    own.push(new URL(appUrl()).origin);
  } catch {
    // no usable APP_URL: the request's own origin is enough
  }
  return own;
}

function withCors(res: Response, origin: string | null): Response {
  res.headers.set('vary', 'Origin');
  if (origin) {
    res.headers.set('access-control-allow-origin', origin);
    res.headers.set('access-control-expose-headers', 'retry-after');
  }
  return res;
}

async function admit(request: Request, segment: Segment): Promise<{ channel: LoadedChannel; corsOrigin: string | null }> {
  const { channelId } = await segment.params;
  await rateLimitChannel(channelId);
  const channel = await loadChannel(channelId, 'chat');
  const origin = request.headers.get('origin');
  const verdict = checkChatOrigin(origin, allowedOriginsOf(channel.settings), selfOrigins(request));
  if (verdict === 'refused') throw new ApiError(403, 'origin_not_allowed', 'This website is not allowed to use this chat channel; add its origin to the channel’s allowed origins');
  return { channel, corsOrigin: verdict === 'allowed' ? origin : null };
}

// Errors after the origin was admitted are readable by that page, so a widget
// can say what went wrong; errors before (429, 404, 403) carry no CORS grant.
function failure(err: unknown, corsOrigin: string | null): Response {
  // Bad input (a ZodError answers 400) is the visitor's, not ours: not an error in our log.
  if (!(err instanceof ApiError) && !(err instanceof ZodError)) log.error('chat endpoint failed', { error: (err as Error).message });
  const res = errorResponse(err);
  if (err instanceof ApiError && err.status === 429) res.headers.set('retry-after', String((err.details as { retryAfter?: number })?.retryAfter ?? 1));
  return withCors(res, corsOrigin);
}

export function chatRoute(handler: ChatHandler) {
  return async (request: Request, segment: Segment): Promise<Response> => {
    let corsOrigin: string | null = null;
    try {
      const admitted = await admit(request, segment);
      corsOrigin = admitted.corsOrigin;
      return withCors(await handler({ request, channel: admitted.channel }), corsOrigin);
    } catch (err) {
      return failure(err, corsOrigin);
    }
  };
}

// The CORS preflight for listed origins; other origins get 403.
export function chatPreflight(methods: string) {
  return async (request: Request, segment: Segment): Promise<Response> => {
    try {
      const { corsOrigin } = await admit(request, segment);
      const res = new Response(null, { status: 204 });
      res.headers.set('access-control-allow-methods', `${methods}, OPTIONS`);
      res.headers.set('access-control-allow-headers', ALLOW_HEADERS);
      res.headers.set('access-control-max-age', '600');
      return withCors(res, corsOrigin);
    } catch (err) {
      return failure(err, null);
    }
  };
}

// The visitor's id and token from the headers (fetch) or the query string (EventSource cannot set headers).
export function visitorFromRequest(request: Request): { visitorId: string; token: string } {
  const url = new URL(request.url);
  return {
    visitorId: request.headers.get('x-chat-visitor') ?? url.searchParams.get('visitorId') ?? '',
    token: request.headers.get('x-chat-token') ?? url.searchParams.get('token') ?? '',
  };
}
