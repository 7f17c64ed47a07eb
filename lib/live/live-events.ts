// Publishing and subscribing to live events. Topics are dot paths:
//   ws.<workspaceId>.<kind>        inbox events of a workspace (conversation, message, presence, ...)
//   chat.<channelId>.<visitorId>   replies for one live-chat visitor
// Publishing is best effort and never fails the caller: Postgres holds the
// truth, and clients refetch when they reconnect.
import { EventEmitter } from 'node:events';
import { getRelay } from '@/lib/live/get-relay';
import { log } from '@/lib/log';

export type LiveEvent = { type: string; [key: string]: unknown };

const PUBLISH_TIMEOUT_MS = 1500;

export function workspaceTopic(workspaceId: string, kind: string): string {
  return `ws.${workspaceId}.${kind}`;
}

export async function publishLive(topic: string, event: LiveEvent): Promise<void> {
  try {
    const relay = await getRelay();
    await Promise.race([relay.publish(topic, event), new Promise((_, reject) => setTimeout(() => reject(new Error('publish timed out')), PUBLISH_TIMEOUT_MS))]);
  } catch (err) {
    log.warn('live publish failed', { topic, error: (err as Error).message });
  }
}

// One relay subscription per pattern per process, fanned out locally to every
// listener (e.g. each open browser tab's event stream in this web process).
const local = new EventEmitter();
local.setMaxListeners(0);
const subscriptions = new Map<string, { count: number; ready: Promise<{ unsubscribe(): Promise<void> }> }>();

// meta.mid is the relay's message id (unique and increasing per namespace):
// server-sent event streams use it as the event id.
export type LiveMeta = { mid: string; ts: number };
export type LiveListener = (event: LiveEvent, topic: string, meta: LiveMeta) => void;

export async function subscribeLive(pattern: string, listener: LiveListener): Promise<() => Promise<void>> {
  // One listener's exception must not keep the event from the others.
  const handler = (e: { event: LiveEvent; topic: string; meta: LiveMeta }) => {
    try {
      listener(e.event, e.topic, e.meta);
    } catch (err) {
      log.warn('live listener failed', { pattern, error: (err as Error).message });
    }
  };
  local.on(pattern, handler);
  let sub = subscriptions.get(pattern);
  if (!sub) {
    sub = {
      count: 0,
      ready: getRelay().then((relay) => relay.subscribe<LiveEvent>(pattern, (m) => void local.emit(pattern, { event: m.data, topic: m.topic, meta: { mid: m.mid, ts: m.ts } }))),
    };
    subscriptions.set(pattern, sub);
  }
  sub.count++;
  try {
    await sub.ready;
  } catch (err) {
    // The relay is unreachable: forget this attempt so that the next subscriber tries again.
    local.off(pattern, handler);
    if (subscriptions.get(pattern) === sub && --sub.count === 0) subscriptions.delete(pattern);
    throw err;
  }
  return async () => {
    local.off(pattern, handler);
    const s = subscriptions.get(pattern);
    if (s && --s.count === 0) {
      subscriptions.delete(pattern);
      await (await s.ready).unsubscribe().catch(() => {});
    }
  };
}
