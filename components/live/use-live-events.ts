'use client';
// The tab's one connection to GET /api/events, shared by every component that
// listens (list refresh, presence, the bell). It opens with the first
// subscriber and closes a few seconds after the last one leaves. When the
// stream drops it reconnects with exponential backoff (1 s, 2 s, 4 s … 30 s,
// with jitter; at once when the tab becomes visible or the network returns),
// passing the last event id; after any reconnect subscribers of `resync` are
// told to refetch, because events may have been missed (Postgres is the truth).
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

export type LiveClientEvent = { type: string; [key: string]: unknown };
export type LiveHandler = (event: LiveClientEvent) => void;
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

const MAX_BACKOFF_MS = 30_000;
const IDLE_CLOSE_MS = 5_000;

class LiveConnection {
  private readonly handlers = new Map<string, Set<LiveHandler>>();
  private readonly statusListeners = new Set<() => void>();
  private source: EventSource | null = null;
  private lastId: string | null = null;
  private attempt = 0;
  private opened = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  status: LiveStatus = 'connecting';

  constructor() {
    const now = () => {
      if (this.status === 'reconnecting' && this.count() > 0) this.reconnectNow();
    };
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && now());
    window.addEventListener('online', now);
  }

  subscribe(type: string, handler: LiveHandler): () => void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!this.source && !this.retryTimer) this.open();
    return () => {
      set.delete(handler);
      if (this.count() === 0) this.idleTimer = setTimeout(() => this.close(), IDLE_CLOSE_MS);
    };
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private count(): number {
    let n = 0;
    for (const s of this.handlers.values()) n += s.size;
    return n;
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

  private open() {
    const url = this.lastId ? `/api/events?lastEventId=${encodeURIComponent(this.lastId)}` : '/api/events';
    const es = new EventSource(url);
    this.source = es;
    es.onopen = () => {
      this.attempt = 0;
      this.setStatus('live');
      if (this.opened) this.dispatch({ type: 'resync', reason: 'reconnected' });
      this.opened = true;
    };
    es.onmessage = (m: MessageEvent<string>) => {
      if (m.lastEventId) this.lastId = m.lastEventId;
      try {
        this.dispatch(JSON.parse(m.data) as LiveClientEvent);
      } catch {
        // not ours
      }
    };
    // EventSource retries some failures itself and gives up on others (a 401,
    // a 503); we take over in every case so that the backoff is ours.
    es.onerror = () => {
      es.close();
      if (this.source !== es) return;
      this.source = null;
      this.setStatus(this.opened ? 'reconnecting' : 'connecting');
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempt++) * (0.75 + Math.random() * 0.5);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (this.count() > 0) this.open();
      }, delay);
    };
  }

  private reconnectNow() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.attempt = 0;
    if (!this.source) this.open();
  }

  private close() {
    this.idleTimer = null;
    if (this.count() > 0) return;
    this.source?.close();
    this.source = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}

let connection: LiveConnection | null = null;
const shared = () => (connection ??= new LiveConnection());

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
