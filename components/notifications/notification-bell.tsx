'use client';
// The bell in the top bar: the signed-in member's unread count, live (a
// `notification.created` for them refetches; a `notification.read` from
// another of their tabs too), and a dropdown with the newest notifications —
// title, text, age, a link to the conversation — and "Mark all read".
// Opening a notification marks it read.
import { useCallback, useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useLiveEvent, type LiveClientEvent } from '@/components/live/use-live-events';
import { markNotificationsReadAction } from '@/components/notifications/notification-actions';
import { cx } from '@/components/ui/cx';
import { formatAge } from '@/lib/ui/format';
import type { NotificationList, NotificationView } from '@/lib/notifications/list-notifications';

const KIND_LABEL: Record<string, string> = {
  mention: 'Mention',
  assignment: 'Assigned',
  handoff: 'Handoff',
  escalation: 'Escalation',
  sla_warning: 'SLA warning',
  sla_breach: 'SLA breach',
  crisis: 'Crisis',
  digest: 'Shift digest',
};
const KIND_TONE: Record<string, string> = {
  sla_breach: 'bg-red-100 text-red-800',
  crisis: 'bg-red-100 text-red-800',
  escalation: 'bg-red-100 text-red-800',
  sla_warning: 'bg-amber-100 text-amber-900',
  mention: 'bg-brand-100 text-brand-800',
};

export function NotificationBell({ membershipId, initialUnread }: { membershipId: string; initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fresh, setFresh] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    try {
      const res = await fetch('/api/notifications?limit=20', { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      const list = (await res.json()) as NotificationList;
      setItems(list.items);
      setUnread(list.unread);
      setError(null);
    } catch {
      setError('Notifications could not be loaded. They will load again when the connection is back.');
    }
  }, []);

  const forMe = (e: LiveClientEvent) => Array.isArray(e.recipientIds) && e.recipientIds.includes(membershipId);
  useLiveEvent('notification.created', (e) => {
    if (!forMe(e)) return;
    setFresh(true);
    void load();
  });
  useLiveEvent('notification.read', (e) => forMe(e) && void load());
  useLiveEvent('resync', () => void load());

  // A server re-render (LiveRefresh) brings a fresh count.
  useEffect(() => setUnread(initialUnread), [initialUnread]);

  useEffect(() => {
    if (!fresh) return;
    const t = setTimeout(() => setFresh(false), 2500);
    return () => clearTimeout(t);
  }, [fresh]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const markRead = async (input: { ids: string[] } | { all: true }) => {
    const now = new Date().toISOString();
    setItems((list) => list?.map((n) => ('all' in input || input.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n)) ?? null);
    try {
      const r = await markNotificationsReadAction(input);
      if (r.ok) setUnread(r.data.unread);
      else setError(r.error.message);
    } catch {
      setError('Could not reach the server; try again.');
    }
  };

  const badge = unread >= 100 ? '99+' : String(unread);
  const now = new Date();
  return (
    <div ref={root} className="relative" data-testid="notification-bell">
      <button
        ref={button}
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="notification-panel"
        aria-label={unread ? `Notifications, ${unread >= 100 ? 'over 99' : unread} unread` : 'Notifications'}
        onClick={() => {
          setOpen((o) => !o);
          if (!open) void load();
        }}
        className="relative grid h-9 w-9 place-items-center rounded-md text-slate-300 hover:bg-slate-800 hover:text-white"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span
            data-testid="notification-count"
            className={cx('absolute -top-0.5 -right-0.5 min-w-[1.125rem] rounded-full bg-red-500 px-1 text-center text-[10px] leading-[1.125rem] font-bold text-white ring-2 ring-slate-900', fresh && 'animate-bounce')}
          >
            {badge}
          </span>
        )}
      </button>
      {open && (
        <div
          id="notification-panel"
          role="region"
          aria-label="Notifications"
          className="absolute top-11 right-0 z-40 flex max-h-[70vh] w-[24rem] flex-col overflow-hidden rounded-lg bg-white text-slate-900 shadow-xl ring-1 ring-slate-900/10"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
            <h2 className="text-sm font-semibold">Notifications</h2>
            <button type="button" disabled={!unread} onClick={() => void markRead({ all: true })} className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:text-slate-400 disabled:hover:bg-transparent">
              Mark all read
            </button>
          </div>
          {error && (
            <p role="alert" className="border-b border-red-100 bg-red-50 px-4 py-2 text-xs text-red-800">
              {error}
            </p>
          )}
          {items === null ? (
            <p className="px-4 py-8 text-center text-sm text-slate-500">Loading…</p>
          ) : items.length === 0 ? (
            <div className="px-4 py-10 text-center">
              <p className="text-sm font-medium text-slate-700">You’re all caught up</p>
              <p className="mt-1 text-xs text-slate-500">Mentions, assignments, handoffs and SLA warnings show up here.</p>
            </div>
          ) : (
            <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto">
              {items.map((n) => (
                <li key={n.id}>
                  <Item n={n} now={now} onOpen={() => !n.readAt && void markRead({ ids: [n.id] })} close={() => setOpen(false)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function Item({ n, now, onOpen, close }: { n: NotificationView; now: Date; onOpen: () => void; close: () => void }) {
  const body = (
    <div className="flex gap-3">
      <span aria-hidden="true" className={cx('mt-1.5 h-2 w-2 shrink-0 rounded-full', n.readAt ? 'bg-transparent' : 'bg-brand-600')} />
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-2">
          <span className={cx('rounded px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase', KIND_TONE[n.kind] ?? 'bg-slate-100 text-slate-700')}>{KIND_LABEL[n.kind] ?? n.kind}</span>
          <time dateTime={n.createdAt} className="ml-auto shrink-0 text-xs text-slate-500" title={new Date(n.createdAt).toLocaleString()}>
            {formatAge(new Date(n.createdAt), now) === 'now' ? 'just now' : `${formatAge(new Date(n.createdAt), now)} ago`}
          </time>
        </div>
        <p className={cx('mt-1 text-sm', n.readAt ? 'text-slate-700' : 'font-semibold text-slate-900')}>{n.title}</p>
        {n.body && <p className="mt-0.5 line-clamp-2 text-xs whitespace-pre-line text-slate-600">{n.body}</p>}
        <span className="sr-only">{n.readAt ? 'read' : 'unread'}</span>
      </div>
    </div>
  );
  const cls = cx('block px-4 py-3 text-left hover:bg-slate-50', !n.readAt && 'bg-brand-50/40');
  return n.conversationId ? (
    <Link
      href={`/inbox/${n.conversationId}`}
      className={cls}
      onClick={() => {
        onOpen();
        close();
      }}
    >
      {body}
    </Link>
  ) : (
    <button type="button" className={cx(cls, 'w-full')} onClick={onOpen}>
      {body}
    </button>
  );
}
