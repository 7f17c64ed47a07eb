// The middle pane: one row per conversation (channel, contact, snippet, tags,
// severity, assignee, age), in priority order, with cursor paging. Rows keep
// the current view in their links so the list stays put when one is opened.
import Link from 'next/link';
import type { ConversationSummary } from '@/lib/conversations/conversation-summary';
import { cx } from '@/components/ui/cx';
import { buttonClass } from '@/components/ui/button-styles';
import { ChannelBadge, channelLabel } from '@/components/inbox/channel-badge';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { TagChip } from '@/components/inbox/tag-chip';
import { VipMark } from '@/components/inbox/vip-mark';
import { Age } from '@/components/inbox/age';
import { RowPresence } from '@/components/presence/row-presence';
import { inboxHref, type InboxQuery } from '@/lib/ui/inbox-query';

type Props = {
  items: ConversationSummary[];
  nextCursor: string | null;
  query: InboxQuery;
  selectedId?: string;
  timeZone: string;
  now: Date;
  error?: string | null;
  title?: string;
};

export function ConversationList({ items, nextCursor, query, selectedId, timeZone, now, error, title = viewTitle(query) }: Props) {
  // Paging keeps the open conversation open.
  const here = selectedId ? `/inbox/${selectedId}` : '/inbox';
  return (
    <section aria-label="Conversations" className="flex min-h-0 flex-1 flex-col">
      <header className="flex h-12 shrink-0 items-center justify-between gap-2 border-b border-slate-200 px-4">
        <div className="flex min-w-0 items-center gap-2">
          {selectedId && (
            <Link href={inboxHref('/inbox', query)} className="shrink-0 rounded px-1 text-sm text-brand-700 hover:underline 2xl:hidden" title="Show all views">
              ← Views
            </Link>
          )}
          <h1 className="truncate text-sm font-semibold text-slate-900">{title}</h1>
        </div>
        <span className="text-xs text-slate-500">{query.sort && query.sort !== 'priority' ? `${query.sort} first` : 'Most urgent first'}</span>
      </header>
      {error ? (
        <div role="alert" className="m-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          <p className="font-semibold">This view could not be loaded</p>
          <p className="mt-1">{error}</p>
          <Link href="/inbox" className="mt-3 inline-block font-medium text-red-900 underline">
            Back to all open conversations
          </Link>
        </div>
      ) : items.length === 0 ? (
        <EmptyState query={query} />
      ) : (
        <div className="min-h-0 flex-1 overflow-y-auto">
          <ul className="divide-y divide-slate-100">
            {items.map((c) => (
              <li key={c.id}>
                <Row c={c} href={inboxHref(`/inbox/${c.id}`, query)} selected={c.id === selectedId} timeZone={timeZone} now={now} />
              </li>
            ))}
          </ul>
          <nav aria-label="Pages" className="flex items-center justify-between gap-2 border-t border-slate-200 px-4 py-3">
            {query.cursor ? (
              <Link href={inboxHref(here, { ...query, cursor: undefined })} className={buttonClass('ghost')}>
                ← First page
              </Link>
            ) : (
              <span className="text-xs text-slate-500">{items.length === 1 ? '1 conversation' : `${items.length} conversations`}{nextCursor ? ' on this page' : ''}</span>
            )}
            {nextCursor && (
              <Link href={inboxHref(here, { ...query, cursor: nextCursor })} className={buttonClass('secondary')} rel="next">
                Next page →
              </Link>
            )}
          </nav>
        </div>
      )}
    </section>
  );
}

function Row({ c, href, selected, timeZone, now }: { c: ConversationSummary; href: string; selected: boolean; timeZone: string; now: Date }) {
  const snippet = c.subject && c.channel.provider === 'email' ? `${c.subject} — ${c.preview}` : c.preview || c.subject || '(no text)';
  return (
    <Link
      href={href}
      aria-current={selected ? 'true' : undefined}
      data-conversation-id={c.id}
      data-channel={c.channel.provider}
      data-severity={c.severity}
      className={cx(
        // relative: keeps the sr-only label inside the scrolling list.
        'relative block border-l-[3px] px-4 py-3 outline-offset-[-2px]',
        selected ? 'border-brand-600 bg-brand-50' : 'border-transparent hover:bg-slate-50',
      )}
    >
      <div className="flex items-center gap-2">
        <ChannelBadge provider={c.channel.provider} name={c.channel.name} />
        <span className="min-w-0 truncate text-sm font-semibold text-slate-900">{c.contact.name}</span>
        {c.contact.isVip && <VipMark />}
        <span className="ml-auto shrink-0 text-xs text-slate-500">
          <Age at={c.lastMessageAt} timeZone={timeZone} now={now} />
        </span>
      </div>
      <p className="mt-1 truncate text-sm text-slate-600" lang={c.language ?? undefined} title={snippet}>
        <span className="sr-only">{channelLabel(c.channel.provider)}: </span>
        {snippet}
      </p>
      <div className="mt-2 flex items-center gap-1.5">
        <SeverityBadge severity={c.severity} />
        <div className="flex min-w-0 flex-1 gap-1 overflow-hidden">
          {c.tags.map((t) => (
            <TagChip key={t.key} tag={t} />
          ))}
        </div>
        <RowPresence conversationId={c.id} />
        <span className={cx('max-w-[9rem] shrink-0 truncate text-xs', c.assignee ? 'text-slate-700' : 'text-slate-500 italic')}>
          {c.assignee ? c.assignee.name : 'Unassigned'}
        </span>
      </div>
    </Link>
  );
}

function EmptyState({ query }: { query: InboxQuery }) {
  const filtered = Object.keys(query).some((k) => k !== 'cursor');
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-2 p-8 text-center">
      <div aria-hidden="true" className="grid h-12 w-12 place-items-center rounded-full bg-emerald-50 text-2xl text-emerald-600">
        ✓
      </div>
      <p className="text-base font-semibold text-slate-900">{filtered ? 'Nothing in this view' : 'Inbox zero — nothing open'}</p>
      <p className="max-w-xs text-sm text-slate-500">
        {filtered ? 'No conversation matches these filters right now.' : 'New messages from every channel land here as they arrive.'}
      </p>
      {filtered && (
        <Link href="/inbox" className="mt-2 text-sm font-medium text-brand-700 hover:underline">
          Show all open conversations
        </Link>
      )}
    </div>
  );
}

const humanize = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/_/g, ' ');

// The view's name from its filters; `names` gives the display names of the team and tag keys.
export function viewTitle(q: InboxQuery, names: { team?: string; tag?: string } = {}): string {
  const parts: string[] = [];
  const status = String(q.status ?? 'open');
  if (q.assignee === 'me') parts.push('Mine');
  else if (q.assignee === 'none') parts.push('Unassigned');
  else if (q.assignee) parts.push('Assigned');
  if (q.severity) parts.push(`SEV${q.severity}`);
  if (q.team) parts.push(`${names.team ?? humanize(String(q.team))} team`);
  if (q.tag) parts.push(`Tagged ${names.tag ?? humanize(String(q.tag))}`);
  if (q.channel) parts.push(channelLabel(String(q.channel)));
  if (parts.length === 0) return status === 'open' ? 'All open' : humanize(status);
  return status === 'open' ? parts.join(' · ') : `${parts.join(' · ')} (${status})`;
}
