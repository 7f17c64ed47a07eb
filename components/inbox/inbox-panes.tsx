// The three-pane inbox: views (left), the list (middle), and the open
// conversation with its details (right). Both /inbox and /inbox/[id] render
// it, so opening a conversation keeps the list and the view in place.
import { ApiError } from '@/lib/api/errors';
import type { Caller } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { listConversations } from '@/lib/conversations/list-conversations';
import type { ConversationDetail } from '@/lib/conversations/get-conversation';
import { scopedDb } from '@/lib/tenancy';
import type { ParsedInboxQuery } from '@/lib/ui/inbox-query';
import { InboxViews } from '@/components/inbox/inbox-views';
import { ConversationList, viewTitle } from '@/components/inbox/conversation-list';
import { ConversationThread } from '@/components/inbox/conversation-thread';
import { ConversationDetails } from '@/components/inbox/conversation-details';
import { SearchBox } from '@/components/inbox/search-box';
import { SearchResults } from '@/components/inbox/search-results';
import { searchInbox, type SearchResult } from '@/lib/search/search-inbox';

type Props = { caller: Caller; view: ParsedInboxQuery; timeZone: string; conversation?: ConversationDetail };

export async function InboxPanes({ caller, view, timeZone, conversation }: Props) {
  const ctx = { ...caller, db: scopedDb(caller.workspaceId) };
  const now = new Date();
  let error = view.error;
  let list: Awaited<ReturnType<typeof listConversations>> = { items: [], nextCursor: null };
  // A q in the URL: search results take the list's place (see lib/search).
  let found: SearchResult | null = null;
  if (!error) {
    try {
      if (view.search) found = await searchInbox(ctx, view.search);
      else list = await listConversations(ctx, view.filters);
    } catch (err) {
      // Unknown filter values and malformed cursors are the caller's mistake: say which.
      if (err instanceof ApiError && err.status < 500) error = err.message;
      else throw err;
    }
  }
  const me = caller.actor.type === 'user' ? caller.actor.membershipId : null;
  const [team, tag] = await Promise.all([
    view.query.team ? ctx.db.team.findFirst({ where: { key: String(view.query.team) }, select: { name: true } }) : null,
    view.query.tag ? ctx.db.tag.findFirst({ where: { key: String(view.query.tag) }, select: { name: true } }) : null,
  ]);

  return (
    <div className="flex min-h-0 flex-1">
      {/* Below 1536 px an open conversation needs the room: the views step aside (the list links back to them). */}
      <div className={`hidden w-52 shrink-0 overflow-y-auto border-r border-slate-200 bg-white 2xl:block 2xl:w-60 ${conversation ? '' : 'lg:block'}`}>
        <InboxViews ctx={ctx} query={view.query} />
      </div>
      <div className="flex w-[22rem] shrink-0 flex-col border-r border-slate-200 bg-white 2xl:w-[30rem]">
        <SearchBox defaultValue={view.search?.q ?? (view.search === null ? String(view.query.q ?? '') : '')} />
        {found ? (
          <SearchResults result={found} query={view.query} selectedId={conversation?.id} timeZone={timeZone} now={now} />
        ) : (
          <ConversationList
            items={list.items}
            nextCursor={list.nextCursor}
            query={view.query}
            selectedId={conversation?.id}
            timeZone={timeZone}
            now={now}
            error={error}
            title={viewTitle(view.query, { team: team?.name, tag: tag?.name })}
            db={ctx.db}
            canShare={hasRole(caller.role, 'manager')}
            canAssignToMe={me !== null}
          />
        )}
      </div>
      {conversation ? (
        <>
          <ConversationThread c={conversation} myMembershipId={me} timeZone={timeZone} now={now} />
          <div className="hidden w-64 shrink-0 xl:flex xl:flex-col 2xl:w-80">
            <ConversationDetails c={conversation} timeZone={timeZone} now={now} />
          </div>
        </>
      ) : (
        <div className="hidden min-w-0 flex-1 flex-col items-center justify-center gap-2 bg-slate-50 p-8 text-center md:flex">
          <svg viewBox="0 0 48 48" aria-hidden="true" className="mb-2 h-12 w-12 text-slate-300">
            <path d="M8 12a4 4 0 0 1 4-4h24a4 4 0 0 1 4 4v16a4 4 0 0 1-4 4H20l-8 8v-8a4 4 0 0 1-4-4z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
            <path d="M16 17h16M16 23h10" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
          <p className="text-sm font-medium text-slate-700">Select a conversation to read it</p>
          <p className="max-w-sm text-xs text-slate-500">
            The most urgent conversations are at the top: severity first, then how close the SLA is, then how long the customer has waited.
          </p>
        </div>
      )}
    </div>
  );
}
