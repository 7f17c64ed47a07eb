// Server-sent events for one visitor: the agent's replies (and the visitor's
// own messages from another tab) as they happen, through the live relay
// (topic chat.<channelId>.<visitorId>). Each event's id is the message id, so
// a reconnecting EventSource sends Last-Event-ID and gets what it missed from
// Postgres. A stream lives at most MAX_STREAM_MS, then the browser reconnects;
// a comment every HEARTBEAT_MS keeps proxies from closing it.
import { ApiError } from '@/lib/api/errors';
import type { LoadedChannel } from '@/lib/channels/load-channel';
import { subscribeLive, type LiveEvent } from '@/lib/live/live-events';
import { chatTopic } from '@/lib/channels/chat/chat-topic';
import { listVisitorMessages } from '@/lib/channels/chat/list-visitor-messages';
import type { ChatMessageView } from '@/lib/channels/chat/schema';

const HEARTBEAT_MS = 20_000;
const MAX_STREAM_MS = 10 * 60_000;
const SUBSCRIBE_TIMEOUT_MS = 5_000;

export async function streamVisitorEvents(channel: LoadedChannel, visitorId: string, opts: { after?: string; signal: AbortSignal }): Promise<Response> {
  const encoder = new TextEncoder();
  const sent = new Set<string>();
  const pending: string[] = [];
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let closed = false;

  const write = (chunk: string) => {
    if (closed) return;
    if (!controller) return void pending.push(chunk);
    try {
      controller.enqueue(encoder.encode(chunk));
    } catch {
      void close();
    }
  };
  const sendMessage = (m: ChatMessageView) => {
    if (sent.has(m.id)) return;
    sent.add(m.id);
    write(`id: ${m.id}\nevent: message\ndata: ${JSON.stringify(m)}\n\n`);
  };

  // Subscribe before answering: if the relay is down the widget gets a 503 at once and polls instead.
  const unsubscribe = await Promise.race([
    subscribeLive(chatTopic(channel.channel.id, visitorId), (e: LiveEvent) => {
      if (e.type === 'message' && e.message) sendMessage(e.message as ChatMessageView);
    }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new ApiError(503, 'live_unavailable', 'Live updates are unavailable; poll the messages instead')), SUBSCRIBE_TIMEOUT_MS)),
  ]);

  const heartbeat = setInterval(() => write(`: ping\n\n`), HEARTBEAT_MS);
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
  opts.signal.addEventListener('abort', onAbort);

  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      c.enqueue(encoder.encode(`retry: 3000\n: connected\n\n`));
      for (const chunk of pending.splice(0)) c.enqueue(encoder.encode(chunk));
    },
    cancel() {
      return close();
    },
  });

  // What the widget missed since its last message (after subscribing, so nothing falls in between).
  if (opts.after) {
    void listVisitorMessages(channel, visitorId, { after: opts.after })
      .then((missed) => missed.forEach(sendMessage))
      .catch(() => {});
  }

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
