// A saved view stores the inbox URL's query string ("status=open&tag=incident").
// Normalised on save: only the list's filter keys (no cursor, no search),
// defaults left out, and checked against the list filters so a saved view
// always opens.
import { badRequest } from '@/lib/api/errors';
import { conversationFilters } from '@/lib/conversations/list-conversations';
import { inboxHref, pickQuery, type InboxQuery } from '@/lib/ui/inbox-query';

export function normalizeViewQuery(raw: string): string {
  const params = new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw);
  const { cursor: _c, q: _q, ...query } = pickQuery(Object.fromEntries(params));
  const parsed = conversationFilters.safeParse({ ...query });
  if (!parsed.success) throw badRequest(`This view has an invalid filter: ${parsed.error.issues[0]?.path.join('.') ?? 'filter'}`);
  return inboxHref('', query).replace(/^\?/, '');
}

export function viewQuery(stored: string): InboxQuery {
  return pickQuery(Object.fromEntries(new URLSearchParams(stored)));
}
