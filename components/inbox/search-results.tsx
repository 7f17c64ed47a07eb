// The list pane while searching: matching contacts (with their latest
// conversation), then one row per matching conversation at its newest
// matching message, with the snippet's matches marked (<mark>, from plain-text
// parts: message text is never rendered as HTML). Cursor paging like the list.
import Link from 'next/link';
import type { SearchResult } from '@/lib/search/search-inbox';
import { cx } from '@/components/ui/cx';
import { buttonClass } from '@/components/ui/button-styles';
import { ChannelBadge, channelLabel } from '@/components/inbox/channel-badge';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { StatusPill } from '@/components/inbox/status-pill';
import { VipMark } from '@/components/inbox/vip-mark';
import { Age } from '@/components/inbox/age';
import { inboxHref, type InboxQuery } from '@/lib/ui/inbox-query';

type Props = { result: SearchResult; query: InboxQuery; selectedId?: string; timeZone: string; now: Date };

const STATUS_FILTERS: [string, string | undefined][] = [
  ['All', undefined],
  ['Open', 'open'],
  ['Pending', 'pending'],
  ['Snoozed', 'snoozed'],
  ['Resolved', 'resolved'],
];

export function SearchResults({ result, query, selectedId, timeZone, now }: Props) {
  const here = selectedId ? `/inbox/${selectedId}` : '/inbox';
  const empty = result.conversations.length === 0 && result.contacts.length === 0;
  return (
    <section aria-label="Search results" className="flex min-h-0 flex-1 flex-col">
      <header className="flex h-12 shrink-0 items-center justify-between gap-2 border-b border-slate-200 px-4">
        <h1 className="truncate text-sm font-semibold text-slate-900">
          Results for “{result.query}”
        </h1>
        <span className="shrink-0 text-xs text-slate-500">Newest match first</span>
      </header>
      <nav aria-label="Filter results by status" className="flex shrink-0 gap-1 border-b border-slate-200 px-3 py-1.5">
        {STATUS_FILTERS.map(([label, status]) => {
          const active = (query.status ?? undefined) === status;
          return (
            <Link
              key={label}
              href={inboxHref('/inbox', { ...query, status, cursor: undefined })}
              aria-current={active ? 'page' : undefined}
              className={cx('rounded-md px-2 py-0.5 text-xs', active ? 'bg-brand-50 font-semibold text-brand-800' : 'text-slate-600 hover:bg-slate-100')}
            >
              {label}
            </Link>
          );
        })}
      </nav>
      {empty ? (
        <div className="flex flex-1 flex-col items-center justify-center gap-2 p-8 text-center">
          <p className="text-base font-semibold text-slate-900">No matches</p>
          <p className="max-w-xs text-sm text-slate-500">
            Nothing in any conversation or contact matches “{result.query}”. Try fewer words, or part of a word.
          </p>
          <Link href="/inbox" className="mt-2 text-sm font-medium text-brand-700 hover:underline">
            Back to the inbox
          </Link>
        </div>
      ) : (
        <div className="min-h-0 flex-1 overflow-y-auto">
          {result.contacts.length > 0 && (
            <div className="border-b border-slate-200 py-2">
              <h2 className="px-4 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Contacts</h2>
              <ul>
                {result.contacts.map((c) => {
                  const ways = c.identities.map((i) => i.email ?? i.phone ?? (i.handle ? `@${i.handle}` : null)).filter(Boolean);
                  const body = (
                    <>
                      <span className="flex items-center gap-2">
                        <span className="truncate text-sm font-semibold text-slate-900">{c.name}</span>
                        {c.isVip && <VipMark />}
                      </span>
                      <span className="block truncate text-xs text-slate-600">{[...new Set(ways)].join(' · ') || 'No handle, email or phone'}</span>
                    </>
                  );
                  return (
                    <li key={c.id}>
                      {c.latestConversation ? (
                        <Link
                          href={inboxHref(`/inbox/${c.latestConversation.id}`, query)}
                          data-contact-id={c.id}
                          className="block px-4 py-1.5 hover:bg-slate-50"
                          title="Open their latest conversation"
                        >
                          {body}
                        </Link>
                      ) : (
                        <div data-contact-id={c.id} className="px-4 py-1.5">
                          {body}
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {result.conversations.length > 0 && (
            <ul className="divide-y divide-slate-100">
              {result.conversations.map(({ conversation: c, match }) => (
                <li key={c.id}>
                  <Link
                    href={inboxHref(`/inbox/${c.id}`, query)}
                    aria-current={c.id === selectedId ? 'true' : undefined}
                    data-conversation-id={c.id}
                    data-message-id={match.messageId}
                    className={cx(
                      'relative block border-l-[3px] px-4 py-3 outline-offset-[-2px]',
                      c.id === selectedId ? 'border-brand-600 bg-brand-50' : 'border-transparent hover:bg-slate-50',
                    )}
                  >
                    <div className="flex items-center gap-2">
                      <ChannelBadge provider={c.channel.provider} name={c.channel.name} />
                      <span className="min-w-0 truncate text-sm font-semibold text-slate-900">{c.contact.name}</span>
                      {c.contact.isVip && <VipMark />}
                      <span className="ml-auto shrink-0 text-xs text-slate-500">
                        <Age at={new Date(match.createdAt)} timeZone={timeZone} now={now} />
                      </span>
                    </div>
                    <p className="mt-1 line-clamp-2 text-sm text-slate-700" lang={c.language ?? undefined}>
                      <span className="sr-only">{channelLabel(c.channel.provider)}, {match.direction === 'in' ? 'from the customer' : match.direction === 'note' ? 'internal note' : 'our reply'}: </span>
                      {match.direction === 'note' && <span className="mr-1 rounded bg-amber-50 px-1 text-xs text-amber-800">Note</span>}
                      {match.snippet.map((p, i) =>
                        p.match ? (
                          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
                            {p.text}
                          </mark>
                        ) : (
                          <span key={i}>{p.text}</span>
                        ),
                      )}
                    </p>
                    <div className="mt-2 flex items-center gap-1.5">
                      <SeverityBadge severity={c.severity} />
                      <StatusPill status={c.status} />
                      <span className={cx('ml-auto max-w-[9rem] shrink-0 truncate text-xs', c.assignee ? 'text-slate-700' : 'text-slate-500 italic')}>
                        {c.assignee ? c.assignee.name : 'Unassigned'}
                      </span>
                    </div>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <nav aria-label="Pages" className="flex items-center justify-between gap-2 border-t border-slate-200 px-4 py-3">
            {query.cursor ? (
              <Link href={inboxHref(here, { ...query, cursor: undefined })} className={buttonClass('ghost')}>
                ← First page
              </Link>
            ) : (
              <span className="text-xs text-slate-500">
                {result.conversations.length === 0
                  ? 'No message matches; only contacts do'
                  : `${result.conversations.length === 1 ? '1 conversation' : `${result.conversations.length} conversations`}${result.nextCursor ? ' on this page' : ''}`}
              </span>
            )}
            {result.nextCursor && (
              <Link href={inboxHref(here, { ...query, cursor: result.nextCursor })} className={buttonClass('secondary')} rel="next">
                Next page →
              </Link>
            )}
          </nav>
        </div>
      )}
    </section>
  );
}
