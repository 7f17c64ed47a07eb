// The inbox keeps its view in the URL, with the same names as the list
// filters of the REST API (status, tag, severity, assignee, team, channel,
// sort, cursor), so that a view is a link and can be saved or shared. A `q`
// turns the list into search results (lib/search), across every status
// unless the URL names one.
import { conversationFilters, type ConversationFilters } from '@/lib/conversations/list-conversations';
import { searchInput, type SearchInput } from '@/lib/search/search-input';

import { DEFAULTS, QUERY_KEYS, inboxHref, type InboxQuery } from '@/lib/ui/inbox-href';

export { QUERY_KEYS, inboxHref, type InboxQuery };
export type SearchParams = Record<string, string | string[] | undefined>;
export const PAGE_SIZE = 25;

// The URL's query as a plain record of known keys (first value of repeated keys).
export function pickQuery(sp: SearchParams): InboxQuery {
  const out: InboxQuery = {};
  for (const key of QUERY_KEYS) {
    const v = sp[key];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== '') out[key] = first;
  }
  return out;
}

export type ParsedInboxQuery = { query: InboxQuery; filters: ConversationFilters; error: string | null; search?: SearchInput | null };

export function parseInboxQuery(sp: SearchParams): ParsedInboxQuery {
  const query = pickQuery(sp);
  const { q, ...listQuery } = query;
  if (q !== undefined) return parseSearch(query);
  const parsed = conversationFilters.safeParse({ ...DEFAULTS, ...listQuery, limit: PAGE_SIZE });
  if (parsed.success) return { query, filters: parsed.data, error: null };
  const issue = parsed.error.issues[0];
  return {
    query,
    filters: conversationFilters.parse({ ...DEFAULTS, limit: PAGE_SIZE }),
    error: issue ? `${issue.path.join('.') || 'filter'}: ${issue.message}` : 'This view has an invalid filter',
  };
}

function parseSearch(query: InboxQuery): ParsedInboxQuery {
  const { sort: _ignored, ...rest } = query;
  const filters = conversationFilters.parse({ ...DEFAULTS, limit: PAGE_SIZE });
  const parsed = searchInput.safeParse({ ...rest, limit: PAGE_SIZE });
  if (parsed.success) return { query, filters, error: null, search: parsed.data };
  const issue = parsed.error.issues[0];
  return { query, filters, error: issue ? issue.message : 'This search is not valid', search: null };
}

// Two views are the same when they filter alike (paging and sort aside); a
// search is no view.
export function sameView(a: InboxQuery, b: InboxQuery): boolean {
  const norm = (q: InboxQuery) =>
    QUERY_KEYS.filter((k) => k !== 'cursor' && k !== 'sort')
      .map((k) => `${k}=${String(q[k] ?? DEFAULTS[k] ?? '')}`)
      .join('&');
  return norm(a) === norm(b);
}
