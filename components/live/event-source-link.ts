'use client';
// One EventSource to GET /api/events that stays up: when the stream drops it
// reconnects with exponential backoff (1 s, 2 s, 4 s … 30 s, with jitter; at
// once when the tab becomes visible or the network returns), passing the last
// event id. After a reconnect it emits `resync`: events may have been missed
// meanwhile, and listeners refetch (Postgres is the truth).
import type { LiveClientEvent, LiveStatus } from '@/components/live/use-live-events';

const MAX_BACKOFF_MS = 30_000;

type Callbacks = { onEvent: (e: LiveClientEvent) => void; onStatus: (s: LiveStatus) => void; resyncOnFirstOpen?: boolean };

export function openEventSourceLink({ onEvent, onStatus, resyncOnFirstOpen = false }: Callbacks): () => void {
  let source: EventSource | null = null;
  let lastId: string | null = null;
  let attempt = 0;
  let opened = false;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const open = () => {
    const es = new EventSource(lastId ? `/api/events?lastEventId=${encodeURIComponent(lastId)}` : '/api/events');
    source = es;
    es.onopen = () => {
      attempt = 0;
      onStatus('live');
      if (opened || resyncOnFirstOpen) onEvent({ type: 'resync', reason: 'reconnected' });
      opened = true;
    };
    es.onmessage = (m: MessageEvent<string>) => {
      if (m.lastEventId) lastId = m.lastEventId;
      try {
        onEvent(JSON.parse(m.data) as LiveClientEvent);
      } catch {
        // not ours
      }
    };
    // EventSource retries some failures itself and gives up on others (a 401,
    // a 503); we take over in every case so that the backoff is ours.
    es.onerror = () => {
      es.close();
      if (source !== es || closed) return;
      source = null;
      onStatus(opened ? 'reconnecting' : 'connecting');
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt++) * (0.75 + Math.random() * 0.5);
      retry = setTimeout(() => {
        retry = null;
        if (!closed) open();
      }, delay);
    };
  };

  const now = () => {
    if (closed || source || !retry) return;
    clearTimeout(retry);
    retry = null;
    attempt = 0;
    open();
  };
  const onVisible = () => document.visibilityState === 'visible' && now();
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('online', now);
  open();

  return () => {
    closed = true;
    source?.close();
    if (retry) clearTimeout(retry);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('online', now);
  };
}
