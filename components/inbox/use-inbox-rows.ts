'use client';
// The rows of the live conversation list: the server-rendered first page,
// further pages from GET /api/inbox/conversations (the cursor), and live
// updates: on a conversation or message event the changed rows are fetched
// (by id, with the view's filters) and merged, so a new conversation shows at
// its priority place, a changed row updates in place and a row that left the
// view disappears, in well under a second, without re-rendering the page.
// After a reconnect ("resync") the first page is fetched again. When the
// server re-renders the page (router.refresh, a server action) its first page
// is merged the same way.
//
// Opening a conversation renders another page (/inbox/[id]), which mounts a
// new list: the loaded rows, scroll position and selection of the view are
// kept in memory (per view, this tab only) and picked up again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveEvent } from '@/components/live/use-live-events';
import type { InboxRow } from '@/lib/conversations/list-inbox-rows';
import { applyFirstPage, applyRowUpdates, type ListSort } from '@/lib/ui/merge-inbox-rows';
import { inboxHref, type InboxQuery } from '@/lib/ui/inbox-href';

type Kept = { rows: InboxRow[]; nextCursor: string | null; scrollTop: number; selected: string[]; at: number };
// Rows kept longer than this may have missed live events while unmounted: start afresh.
const KEEP_MS = 60_000;
const kept = new Map<string, Kept>();
const LIVE_EVENTS = ['conversation.updated', 'message.created', 'resync'];
const BATCH_MS = 120;

export function viewKey(query: InboxQuery): string {
  const { cursor: _c, ...rest } = query;
  return inboxHref('', rest);
}

async function fetchRows(query: InboxQuery, extra: Record<string, string>): Promise<{ items: InboxRow[]; nextCursor: string | null }> {
  const url = inboxHref('/api/inbox/conversations', { ...query, cursor: undefined });
  const params = new URLSearchParams(url.split('?')[1] ?? '');
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const res = await fetch(`/api/inbox/conversations?${params}`, { headers: { accept: 'application/json' }, cache: 'no-store' });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `The list could not be loaded (${res.status})`);
  return body;
}

export function useInboxRows(initial: InboxRow[], initialCursor: string | null, query: InboxQuery) {
  const key = viewKey(query);
  const sort = (query.sort as ListSort | undefined) ?? 'priority';
  const saved = kept.get(key);
  const restored = useRef(saved && !query.cursor && Date.now() - saved.at < KEEP_MS ? saved : null);
  const [rows, setRows] = useState<InboxRow[]>(() => (restored.current ? applyFirstPage(restored.current.rows, initial, sort, !initialCursor) : initial));
  const [nextCursor, setNextCursor] = useState<string | null>(() => (restored.current && restored.current.rows.length > initial.length ? restored.current.nextCursor : initialCursor));
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const state = useRef({ rows, nextCursor });
  state.current = { rows, nextCursor };

  // The server re-rendered the first page (refresh, server action): merge it.
  const lastInitial = useRef(initial);
  useEffect(() => {
    if (lastInitial.current === initial) return;
    lastInitial.current = initial;
    setRows((r) => applyFirstPage(r, initial, sort, !initialCursor && !state.current.nextCursor));
  }, [initial, initialCursor, sort]);

  const loadMore = useCallback(async () => {
    const cursor = state.current.nextCursor;
    if (!cursor || loading) return;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchRows(query, { cursor });
      if (state.current.nextCursor !== cursor) return;
      setRows((r) => {
        const have = new Set(r.map((x) => x.id));
        return [...r, ...page.items.filter((x) => !have.has(x.id))];
      });
      setNextCursor(page.nextCursor);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setLoading(false);
    }
  }, [query, loading]);

  // Changed ids are batched for a moment: one triage run sends several events.
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useCallback(async () => {
    timer.current = null;
    const ids = [...pending.current].slice(0, 100);
    for (const id of ids) pending.current.delete(id);
    if (!ids.length) return;
    try {
      const { items } = await fetchRows(query, { ids: ids.join(',') });
      setRows((r) => applyRowUpdates(r, ids, items, sort, !state.current.nextCursor));
    } catch {
      // The next event, a refresh or a reconnect brings the rows back in line.
    }
    if (pending.current.size) timer.current = setTimeout(flush, BATCH_MS);
  }, [query, sort]);

  const refetch = useCallback(
    (ids: string[]) => {
      for (const id of ids) pending.current.add(id);
      timer.current ??= setTimeout(flush, BATCH_MS);
    },
    [flush],
  );

  useLiveEvent(LIVE_EVENTS, (e) => {
    if (e.type === 'resync') {
      void fetchRows(query, {}).then(
        (page) => setRows((r) => applyFirstPage(r, page.items, sort, !page.nextCursor && !state.current.nextCursor)),
        () => {},
      );
      return;
    }
    const id = typeof e.id === 'string' ? e.id : typeof e.conversationId === 'string' ? e.conversationId : null;
    if (id) refetch([id]);
  });

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const remember = useCallback(
    (extra: { scrollTop: number; selected: string[] }) => {
      if (!query.cursor) kept.set(key, { rows: state.current.rows, nextCursor: state.current.nextCursor, at: Date.now(), ...extra });
    },
    [key, query.cursor],
  );

  return { rows, nextCursor, loading, error, loadMore, refetch, remember, restored: restored.current };
}
