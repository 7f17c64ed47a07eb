'use client';
// Live events for the browser: one connection to GET /api/events shared by
// every component that listens (list refresh, presence, the bell) — and by
// every tab of the app in this browser. Browsers allow about six HTTP/1.1
// connections per host, so a stream per tab would starve the app with a few
// tabs open; instead one tab (the holder of a Web Lock) keeps the stream
// (components/live/event-source-link.ts) and relays its events and status to
// the others over a BroadcastChannel. When that tab closes, the next one takes
// over and everyone resyncs. Without Web Locks (an insecure origin) each tab
// has its own stream.
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { openEventSourceLink } from '@/components/live/event-source-link';

export type LiveClientEvent = { type: string; [key: string]: unknown };
export type LiveHandler = (event: LiveClientEvent) => void;
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

type Relay = { kind: 'event'; event: LiveClientEvent } | { kind: 'status'; status: LiveStatus } | { kind: 'hello' };

const CHANNEL = 'switchboard-live';

class LiveHub {
  private readonly handlers = new Map<string, Set<LiveHandler>>();
  private readonly statusListeners = new Set<() => void>();
  private started = false;
  status: LiveStatus = 'connecting';

  subscribe(type: string, handler: LiveHandler): () => void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler);
    this.start();
    return () => void set.delete(handler);
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  }

  private setStatus(status: LiveStatus) {
    if (this.status === status) return;
    this.status = status;
    for (const l of this.statusListeners) l();
  }

  private dispatch(event: LiveClientEvent) {
    for (const key of [event.type, '*']) {
      for (const h of [...(this.handlers.get(key) ?? [])]) {
        try {
          h(event);
        } catch (err) {
          console.error('live event handler failed', err);
        }
      }
    }
  }

  private start() {
    if (this.started) return;
    this.started = true;
    if (typeof BroadcastChannel !== 'function' || typeof navigator.locks?.request !== 'function') {
      openEventSourceLink({ onEvent: (e) => this.dispatch(e), onStatus: (s) => this.setStatus(s) });
      return;
    }
    const channel = new BroadcastChannel(CHANNEL);
    let leading = false;
    let hadLeader = false;
    const post = (m: Relay) => channel.postMessage(m);
    channel.onmessage = (m: MessageEvent<Relay>) => {
      const msg = m.data;
      if (msg.kind === 'event') this.dispatch(msg.event);
      else if (msg.kind === 'status') {
        hadLeader = true;
        this.setStatus(msg.status);
      } else if (msg.kind === 'hello' && leading) post({ kind: 'status', status: this.status });
    };
    post({ kind: 'hello' });
    // Held until this tab goes away; then the browser hands it to a waiting tab.
    void navigator.locks.request(CHANNEL, () => {
      leading = true;
      openEventSourceLink({
        onEvent: (e) => {
          this.dispatch(e);
          post({ kind: 'event', event: e });
        },
        onStatus: (s) => {
          this.setStatus(s);
          post({ kind: 'status', status: s });
        },
        // Taking over from a tab that closed: events may have been missed in between.
        resyncOnFirstOpen: hadLeader,
      });
      return new Promise<void>(() => {});
    });
  }
}

let hub: LiveHub | null = null;
const shared = () => (hub ??= new LiveHub());

// Listen to one event type ('*' for all); returns the function that stops listening.
export function subscribeLiveEvent(type: string, handler: LiveHandler): () => void {
  return shared().subscribe(type, handler);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (cb) => shared().onStatus(cb),
    () => shared().status,
    () => 'connecting',
  );
}

// The hook: `subscribe(type, handler)` and the connection's status.
export function useLiveEvents(): { subscribe: typeof subscribeLiveEvent; status: LiveStatus } {
  return { subscribe: subscribeLiveEvent, status: useLiveStatus() };
}

// Calls handler for each event of these types while the component is mounted
// (the latest handler; re-subscribes only when the types change).
export function useLiveEvent(types: string | string[], handler: LiveHandler): void {
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  const key = (Array.isArray(types) ? types : [types]).join(',');
  useEffect(() => {
    const offs = key.split(',').map((t) => subscribeLiveEvent(t, (e) => ref.current(e)));
    return () => offs.forEach((off) => off());
  }, [key]);
}
