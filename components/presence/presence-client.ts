'use client';
// The tab's view of presence, shared by the presence bar, the list rows and
// the collision guard: who has which conversation open (a snapshot from GET
// /api/presence, then `presence.updated` events; the snapshot again after a
// reconnect), and this tab's own heartbeat (POST /api/presence every 10 s on
// an open conversation, at once when typing starts or stops, and "left" by
// sendBeacon when the page goes away).
import { useEffect, useSyncExternalStore } from 'react';
import { subscribeLiveEvent, type LiveClientEvent } from '@/components/live/use-live-events';

export type Viewer = { membershipId: string; name: string; state: 'viewing' | 'typing' };

const HEARTBEAT_MS = 10_000;
const NONE: Viewer[] = [];

// ---- everyone's presence --------------------------------------------------

let viewers = new Map<string, Viewer[]>();
const listeners = new Set<() => void>();
let started = false;

function emit() {
  for (const l of listeners) l();
}

function setViewers(conversationId: string, list: Viewer[]) {
  const next = new Map(viewers);
  if (list.length) next.set(conversationId, list);
  else next.delete(conversationId);
  viewers = next;
  emit();
}

async function loadSnapshot() {
  try {
    const res = await fetch('/api/presence', { cache: 'no-store' });
    if (!res.ok) return;
    const body = (await res.json()) as { conversations: Record<string, Viewer[]> };
    viewers = new Map(Object.entries(body.conversations));
    emit();
  } catch {
    // offline: the next reconnect loads it again
  }
}

function start() {
  if (started) return;
  started = true;
  subscribeLiveEvent('presence.updated', (e: LiveClientEvent) => setViewers(String(e.conversationId), (e.viewers as Viewer[]) ?? []));
  subscribeLiveEvent('resync', () => void loadSnapshot());
  void loadSnapshot();
}

function subscribe(listener: () => void) {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The viewers of one conversation, without `exceptMembershipId` (yourself).
export function useViewers(conversationId: string, exceptMembershipId?: string | null): Viewer[] {
  const all = useSyncExternalStore(
    subscribe,
    () => viewers.get(conversationId) ?? NONE,
    () => NONE,
  );
  return exceptMembershipId ? all.filter((v) => v.membershipId !== exceptMembershipId) : all;
}

// ---- this tab's heartbeat -------------------------------------------------

const tabId = `t${Math.random().toString(36).slice(2, 12)}${Date.now().toString(36)}`;
let mine: { conversationId: string; state: 'viewing' | 'typing' } | null = null;

// One beat at a time: two in flight on different connections could reach the
// server out of order (a "typing" landing after the "viewing" that ended it),
// leaving colleagues a stale "typing…". A change while one is in flight sends
// one more beat, with the newest state, after it.
let inflight: Promise<void> | null = null;
let again = false;
function beat(): Promise<void> {
  if (inflight) {
    again = true;
    return inflight;
  }
  inflight = (async () => {
    do {
      again = false;
      await sendBeat();
    } while (again);
  })().finally(() => {
    inflight = null;
  });
  return inflight;
}

async function sendBeat() {
  if (!mine) return;
  const sent = { ...mine };
  try {
    const res = await fetch('/api/presence', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...sent, tabId }),
      cache: 'no-store',
    });
    // The answer is the conversation's viewers: shown even if the event stream is down.
    if (res.ok) setViewers(sent.conversationId, ((await res.json()) as { viewers: Viewer[] }).viewers);
  } catch {
    // the next heartbeat tries again
  }
}

function leave(conversationId: string, beacon: boolean) {
  const body = JSON.stringify({ conversationId, state: 'left', tabId });
  if (beacon && navigator.sendBeacon?.(`/api/presence`, new Blob([body], { type: 'application/json' }))) return;
  void fetch('/api/presence', { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true }).catch(() => {});
}

// While mounted, this tab is "viewing" conversationId.
export function usePresenceHeartbeat(conversationId: string): void {
  useEffect(() => {
    mine = { conversationId, state: 'viewing' };
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const onHide = () => leave(conversationId, true);
    const onShow = () => {
      if (document.visibilityState === 'visible') void beat();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onShow);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onShow);
      if (mine?.conversationId === conversationId) mine = null;
      leave(conversationId, false);
    };
  }, [conversationId]);
}

// The composer says when typing starts and stops; only changes are sent.
export function setTyping(conversationId: string, typing: boolean): void {
  if (!mine || mine.conversationId !== conversationId) return;
  const state = typing ? 'typing' : 'viewing';
  if (mine.state === state) return;
  mine.state = state;
  void beat();
}
