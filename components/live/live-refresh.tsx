'use client';
// Keeps the server-rendered inbox (list, open conversation) current: when a
// conversation or message event arrives, or after a reconnect, it asks Next to
// re-render the page from the server (router.refresh keeps client state such
// as a draft reply). The first event refreshes at once; events that follow
// within 300 ms are merged into one more refresh, 300 ms after the last of
// them (at least one a second while they keep coming). A tab in the
// background refreshes when it is shown again. Also shows whether updates
// are live.
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { useLiveEvent, useLiveStatus } from '@/components/live/use-live-events';
import { cx } from '@/components/ui/cx';

const QUIET_MS = 300;
const MAX_WAIT_MS = 1000;
export const REFRESH_EVENTS = ['conversation.updated', 'message.created', 'message.updated', 'resync'];

export function LiveRefresh() {
  const router = useRouter();
  const status = useLiveStatus();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstAt = useRef<number | null>(null);
  const lastRefreshAt = useRef(0);
  const stale = useRef(false);

  const refresh = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    firstAt.current = null;
    if (document.visibilityState === 'hidden') return void (stale.current = true);
    lastRefreshAt.current = Date.now();
    router.refresh();
  };

  useLiveEvent(REFRESH_EVENTS, () => {
    const now = Date.now();
    if (!timer.current && now - lastRefreshAt.current > QUIET_MS) return refresh();
    firstAt.current ??= now;
    if (timer.current) clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(QUIET_MS, firstAt.current + MAX_WAIT_MS - now));
    timer.current = setTimeout(refresh, wait);
  });

  useEffect(() => {
    const onShow = () => {
      if (document.visibilityState === 'visible' && stale.current) {
        stale.current = false;
        router.refresh();
      }
    };
    document.addEventListener('visibilitychange', onShow);
    return () => {
      document.removeEventListener('visibilitychange', onShow);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [router]);

  const live = status === 'live';
  return (
    <span
      role="status"
      data-testid="live-status"
      data-status={status}
      title={live ? 'New messages and changes appear as they happen' : 'Trying to reconnect; the inbox may be out of date'}
      className={cx('inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium', live ? 'text-emerald-300' : 'bg-amber-400/15 text-amber-200')}
    >
      <span aria-hidden="true" className={cx('h-2 w-2 rounded-full', live ? 'bg-emerald-400' : 'animate-pulse bg-amber-300')} />
      {live ? 'Live' : status === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
    </span>
  );
}
