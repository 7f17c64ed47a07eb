// The inbox's server-sent event stream for one signed-in member: every live
// event of their workspace (topics ws.<workspaceId>.*, from any process on
// any machine, through the relay), never another workspace's; notifications
// only for their recipients. Each event carries the relay's message id as its
// SSE id. The relay keeps no history for a browser, so a client that comes
// back with Last-Event-ID gets a `resync` event first and refetches: Postgres
// is the truth. A comment every HEARTBEAT_MS keeps proxies from closing an
// idle stream and finds dead connections; a stream lives at most
// MAX_STREAM_MS (the browser reconnects), and a client too slow to read is
// cut off rather than buffered without limit.
import { ApiError } from '@/lib/api/errors';
import { subscribeLive, type LiveEvent, type LiveMeta } from '@/lib/live/live-events';

export const HEARTBEAT_MS = 15_000;
export const RETRY_MS = 2_000;
const MAX_STREAM_MS = 30 * 60_000;
const SUBSCRIBE_TIMEOUT_MS = 5_000;
// Chunks queued for a client that does not read; past this it is cut off.
const MAX_QUEUED_CHUNKS = 500;

export type StreamViewer = { workspaceId: string; membershipId: string | null };
export type StreamOptions = { signal: AbortSignal; lastEventId?: string | null; heartbeatMs?: number };

// Whether this member may see this event (the workspace is already given by the subscription).
export function visibleTo(viewer: StreamViewer, event: LiveEvent): boolean {
  if (event.type.startsWith('notification.')) {
    const ids = event.recipientIds;
    return Array.isArray(ids) && viewer.membershipId !== null && ids.includes(viewer.membershipId);
  }
  return true;
}

export function formatEvent(event: LiveEvent, id?: string): string {
  // JSON.stringify never emits a raw newline, so one data line is always enough.
  return `${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(event)}\n\n`;
}

export async function openEventStream(viewer: StreamViewer, opts: StreamOptions): Promise<Response> {
  const encoder = new TextEncoder();
  const pending: string[] = [];
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let closed = false;

  const write = (chunk: string) => {
    if (closed) return;
    if (!controller) return void pending.push(chunk);
    if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) return void close();
    try {
      controller.enqueue(encoder.encode(chunk));
    } catch {
      void close();
    }
  };

  // Subscribe before answering: with the relay down the client gets a 503 at once and retries later.
  let timer: NodeJS.Timeout | undefined;
  const unsubscribe = await Promise.race([
    subscribeLive(`ws.${viewer.workspaceId}.>`, (event: LiveEvent, _topic: string, meta: LiveMeta) => {
      if (visibleTo(viewer, event)) write(formatEvent(event, meta.mid));
    }),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ApiError(503, 'live_unavailable', 'Live updates are unavailable right now; try again shortly')), SUBSCRIBE_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));

  const heartbeat = setInterval(() => write(`: ping\n\n`), opts.heartbeatMs ?? HEARTBEAT_MS);
  const lifetime = setTimeout(() => void close(), MAX_STREAM_MS);
  async function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    opts.signal.removeEventListener('abort', onAbort);
    try {
      controller?.close();
    } catch {
      // already closed by the client
    }
    await unsubscribe().catch(() => {});
  }
  const onAbort = () => void close();
  if (opts.signal.aborted) void close();
  else opts.signal.addEventListener('abort', onAbort);

  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      c.enqueue(encoder.encode(`retry: ${RETRY_MS}\n: connected\n\n`));
      // Events may have been missed while away: the client refetches what it shows.
      if (opts.lastEventId) c.enqueue(encoder.encode(formatEvent({ type: 'resync', after: opts.lastEventId.slice(0, 64) })));
      for (const chunk of pending.splice(0)) c.enqueue(encoder.encode(chunk));
      if (closed) c.close();
    },
    cancel() {
      return close();
    },
  });

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: Next's compression must not buffer the stream.
      'cache-control': 'no-cache, no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
