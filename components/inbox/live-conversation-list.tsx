'use client';
// The middle pane's list, in the browser: virtualised (only the rows in view
// plus an overscan are in the DOM, at a fixed row height), paged by cursor as
// the agent scrolls, kept live by use-inbox-rows, driven by the keyboard
// (j/k move, Shift+J/K extend the selection, x selects, Enter opens, Esc
// clears the selection) and with bulk actions on the selection.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { cx } from '@/components/ui/cx';
import { buttonClass } from '@/components/ui/button-styles';
import { ignoresShortcut } from '@/components/keyboard/is-typing-target';
import { ConversationRow, ROW_HEIGHT } from '@/components/inbox/conversation-row';
import { BulkBar, type Option } from '@/components/inbox/bulk-bar';
import { useInboxRows } from '@/components/inbox/use-inbox-rows';
import { bulkUpdateConversationsAction } from '@/app/(inbox)/inbox/bulk-actions';
import type { BulkUpdateInput } from '@/lib/conversations/bulk-update-conversations';
import type { InboxRow } from '@/lib/conversations/list-inbox-rows';
import { inboxHref, type InboxQuery } from '@/lib/ui/inbox-href';

// Rows kept in the DOM beyond the visible ones, each way: fast j/k and flicks never show blanks.
const OVERSCAN = 20;
// Load the next page when the visible end is this many rows from the loaded end.
const PREFETCH_ROWS = 10;
// Before the pane is measured (server render): a tall pane, so the first page renders whole.
const GUESS_HEIGHT = 900;

type Props = {
  initial: InboxRow[];
  nextCursor: string | null;
  query: InboxQuery;
  selectedId?: string;
  timeZone: string;
  nowIso: string;
  members: Option[];
  tags: Option[];
  canAssignToMe: boolean;
  toolbar: React.ReactNode;
  empty: React.ReactNode;
};

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function LiveConversationList({ initial, nextCursor: initialCursor, query, selectedId, timeZone, nowIso, members, tags, canAssignToMe, toolbar, empty }: Props) {
  const router = useRouter();
  const { rows, nextCursor, loading, error, loadMore, refetch, remember, restored } = useInboxRows(initial, initialCursor, query);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(GUESS_HEIGHT);
  const [activeId, setActiveId] = useState<string | null>(selectedId ?? null);
  const [focusTick, setFocusTick] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(restored?.selected ?? []));
  const anchor = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [now, setNow] = useState(() => new Date(nowIso));

  // The SLA countdowns tick.
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(t);
  }, []);

  // Measure the pane; restore the scroll position this view had.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (restored?.scrollTop) el.scrollTop = restored.scrollTop;
    setScrollTop(el.scrollTop);
    setHeight(el.clientHeight);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, [restored]);

  // Remember rows, scroll and selection for when the list mounts again (opening a conversation).
  const memo = useRef({ scrollTop, selected });
  memo.current = { scrollTop, selected };
  useEffect(() => () => remember({ scrollTop: memo.current.scrollTop, selected: [...memo.current.selected] }), [remember]);

  // Rows that left the list leave the selection too.
  useEffect(() => {
    setSelected((s) => {
      if (![...s].some((id) => !rows.some((r) => r.id === id))) return s;
      const ids = new Set(rows.map((r) => r.id));
      return new Set([...s].filter((id) => ids.has(id)));
    });
  }, [rows]);

  const n = rows.length;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const lastVisible = Math.min(n, Math.ceil((scrollTop + height) / ROW_HEIGHT));
  const last = Math.min(n, lastVisible + OVERSCAN);

  useEffect(() => {
    if (nextCursor && !loading && !error && lastVisible >= n - PREFETCH_ROWS) void loadMore();
  }, [lastVisible, n, nextCursor, loading, error, loadMore]);

  const hrefOf = useCallback((id: string) => inboxHref(`/inbox/${id}`, { ...query, cursor: undefined }), [query]);

  const scrollToIndex = (i: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
  };

  // Focus follows the keyboard's active row once it is rendered.
  useEffect(() => {
    if (!focusTick || !activeId) return;
    scroller.current?.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(activeId)}"]`)?.focus({ preventScroll: true });
  }, [focusTick, activeId]);

  const toggle = useCallback(
    (id: string, shift: boolean) => {
      setSelected((s) => {
        const next = new Set(s);
        const from = anchor.current ? rows.findIndex((r) => r.id === anchor.current) : -1;
        const to = rows.findIndex((r) => r.id === id);
        if (shift && from >= 0 && to >= 0) {
          for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(rows[i].id);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = id;
    },
    [rows],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (ignoresShortcut(e) || !rows.length) return;
      const key = e.key;
      const i = activeId ? rows.findIndex((r) => r.id === activeId) : -1;
      if (key === 'j' || key === 'k' || key === 'J' || key === 'K') {
        e.preventDefault();
        const down = key.toLowerCase() === 'j';
        const next = i < 0 ? 0 : Math.max(0, Math.min(rows.length - 1, i + (down ? 1 : -1)));
        const id = rows[next].id;
        if (e.shiftKey) {
          setSelected((s) => new Set(s).add(rows[Math.max(0, i)].id).add(id));
          anchor.current = id;
        }
        setActiveId(id);
        setFocusTick((t) => t + 1);
        scrollToIndex(next);
      } else if (key === 'x' && i >= 0) {
        e.preventDefault();
        toggle(rows[i].id, false);
      } else if (key === 'Enter' && i >= 0) {
        // On a focused row the link opens itself; elsewhere only from "nowhere" (the page body).
        const t = e.target as HTMLElement | null;
        if (t && t !== document.body && !t.hasAttribute('data-list-scroller')) return;
        e.preventDefault();
        router.push(hrefOf(rows[i].id));
      } else if (key === 'Escape' && selected.size) {
        setSelected(new Set());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, activeId, selected.size, toggle, router, hrefOf]);

  const run = async (action: BulkUpdateInput['action'], verb: string) => {
    const ids = rows.filter((r) => selected.has(r.id)).map((r) => r.id);
    if (!ids.length) return;
    setBusy(true);
    setNotice(null);
    try {
      const res = await bulkUpdateConversationsAction({ ids, action });
      if (!res.ok) return setNotice({ kind: 'error', text: res.error.message });
      const { changed, unchanged, failed } = res.data;
      const done = changed.length + unchanged.length;
      setNotice(
        failed.length
          ? { kind: 'error', text: `${verb}: ${done} of ${ids.length}. ${failed.length} failed (${failed[0].message}${failed.length > 1 ? ', …' : ''}); they stay selected.` }
          : { kind: 'ok', text: `${verb}: ${done} conversation${done === 1 ? '' : 's'}.` },
      );
      setSelected(new Set(failed.map((f) => f.id)));
      refetch(ids);
    } catch {
      setNotice({ kind: 'error', text: 'The bulk action could not be sent; check the connection and try again.' });
    } finally {
      setBusy(false);
    }
  };

  const allSelected = n > 0 && rows.every((r) => selected.has(r.id));
  const someSelected = selected.size > 0;

  return (
    <>
      {/* One row: "select all loaded" stays put; the rest turns into the bulk bar while something is selected. */}
      <div className={cx('flex min-h-10 shrink-0 gap-2 border-b px-3', someSelected ? 'items-start border-brand-200 bg-brand-50 py-1.5 [&>label]:h-7' : 'items-center border-slate-200')}>
        <SelectAll n={n} all={allSelected} some={someSelected} onChange={(on) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set())} />
        {someSelected ? (
          <BulkBar count={selected.size} busy={busy} canAssignToMe={canAssignToMe} members={members} tags={tags} onRun={run} onClear={() => setSelected(new Set())} />
        ) : (
          <>
            <span className="text-xs text-slate-500 tabular-nums" data-testid="loaded-count" data-count={n}>
              {n} loaded{nextCursor ? ' · more below' : ''}
            </span>
            <div className="ml-auto flex items-center gap-1">{toolbar}</div>
          </>
        )}
      </div>
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={cx('flex items-start gap-2 border-b px-4 py-2 text-xs', notice.kind === 'error' ? 'border-red-200 bg-red-50 text-red-800' : 'border-emerald-200 bg-emerald-50 text-emerald-800')}>
          <span className="flex-1">{notice.text}</span>
          <button type="button" className="font-medium underline" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {n === 0 ? (
        empty
      ) : (
        <div
          ref={scroller}
          data-list-scroller=""
          className="relative min-h-0 flex-1 overflow-y-auto"
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <ul aria-label="Conversation list" style={{ height: n * ROW_HEIGHT + 56 }} className="relative">
            {rows.slice(first, last).map((c, k) => {
              const i = first + k;
              return (
                <li key={c.id} aria-setsize={nextCursor ? -1 : n} aria-posinset={i + 1} className="absolute inset-x-0" style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}>
                  <ConversationRow
                    c={c}
                    href={hrefOf(c.id)}
                    open={c.id === selectedId}
                    active={c.id === activeId}
                    tabbable={activeId ? c.id === activeId : i === 0}
                    checked={selected.has(c.id)}
                    selecting={someSelected}
                    timeZone={timeZone}
                    now={now}
                    onToggle={toggle}
                    onFocusRow={setActiveId}
                  />
                </li>
              );
            })}
          </ul>
          <div className="absolute inset-x-0 flex h-14 items-center justify-center px-4 text-xs text-slate-500" style={{ top: n * ROW_HEIGHT }}>
            {error ? (
              <span role="alert" className="flex items-center gap-2 text-red-700">
                {error}
                <button type="button" className={buttonClass('secondary')} onClick={() => void loadMore()}>
                  Retry
                </button>
              </span>
            ) : nextCursor ? (
              <span role="status" data-testid="loading-more">
                Loading more…
              </span>
            ) : (
              <span>{n === 1 ? 'That is the only conversation here' : `All ${n} conversations in this view`}</span>
            )}
          </div>
        </div>
      )}
    </>
  );
}

function SelectAll({ n, all, some, onChange }: { n: number; all: boolean; some: boolean; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <label className="flex items-center gap-2 text-xs text-slate-600">
      <input ref={ref} type="checkbox" disabled={n === 0} checked={all} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4 accent-brand-600" />
      <span className="sr-only">Select all loaded</span>
    </label>
  );
}
