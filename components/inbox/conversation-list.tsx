// The middle pane: the view's title and sort, then the live list (components/
// inbox/live-conversation-list.tsx): one row per conversation (channel, contact,
// snippet, tags, severity, assignee, age, SLA), the first page rendered here on
// the server for a fast first paint, further pages as the agent scrolls. Rows
// keep the current view in their links so the list stays put when one is opened.
import Link from 'next/link';
import type { ConversationSummary } from '@/lib/conversations/conversation-summary';
import type { ScopedDb } from '@/lib/tenancy';
import { toInboxRow } from '@/lib/conversations/list-inbox-rows';
import { channelLabel } from '@/components/inbox/channel-badge';
import { LiveConversationList } from '@/components/inbox/live-conversation-list';
import { SortSelect } from '@/components/inbox/sort-select';
import { SaveViewButton } from '@/components/inbox/save-view-button';
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
  // For the bulk bar's pickers and "Save view".
  db: ScopedDb;
  canShare: boolean;
  canAssignToMe: boolean;
};

export async function ConversationList({ items, nextCursor, query, selectedId, timeZone, now, error, title = viewTitle(query), db, canShare, canAssignToMe }: Props) {
  const here = selectedId ? `/inbox/${selectedId}` : '/inbox';
  const [members, tags] = error
    ? [[], []]
    : await Promise.all([
        db.membership.findMany({ where: { active: true }, orderBy: { user: { name: 'asc' } }, select: { id: true, user: { select: { name: true } } } }),
        db.tag.findMany({ orderBy: { name: 'asc' }, select: { key: true, name: true } }),
      ]);
  const { cursor: _cursor, ...viewOnly } = query;
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
        <SortSelect path={here} query={query} />
      </header>
      {error ? (
        <div role="alert" className="m-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          <p className="font-semibold">This view could not be loaded</p>
          <p className="mt-1">{error}</p>
          <Link href="/inbox" className="mt-3 inline-block font-medium text-red-900 underline">
            Back to all open conversations
          </Link>
        </div>
      ) : (
        <LiveConversationList
          // A new view (filters or sort) is a new list; paging within it is not.
          key={inboxHref('', query)}
          initial={items.map(toInboxRow)}
          nextCursor={nextCursor}
          query={query}
          selectedId={selectedId}
          timeZone={timeZone}
          nowIso={now.toISOString()}
          members={members.map((m) => ({ id: m.id, name: m.user.name }))}
          tags={tags.map((t) => ({ id: t.key, name: t.name }))}
          canAssignToMe={canAssignToMe}
          toolbar={
            <>
              {query.cursor && (
                <Link href={inboxHref(here, { ...query, cursor: undefined })} className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:underline">
                  ← First page
                </Link>
              )}
              <SaveViewButton queryString={inboxHref('', viewOnly).replace(/^\?/, '')} canShare={canShare} defaultName={title} />
            </>
          }
          empty={<EmptyState query={query} />}
        />
      )}
    </section>
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
