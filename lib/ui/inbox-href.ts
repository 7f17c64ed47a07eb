// Inbox URLs without the filter schemas, so client components can build them
// (lib/ui/inbox-query.ts imports zod and the server's list filters; a client
// that imported it would ship them to the browser). inbox-query re-exports these.
export const QUERY_KEYS = ['status', 'tag', 'severity', 'assignee', 'team', 'channel', 'sort', 'cursor', 'q'] as const;
export type InboxQuery = Partial<Record<(typeof QUERY_KEYS)[number], string | number | undefined>>;
export const DEFAULTS: InboxQuery = { status: 'open', sort: 'priority' };

// A link into the inbox with the given view; default values are left out so
// that URLs stay short and one view has one URL.
export function inboxHref(path: string, query: InboxQuery): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const v = query[key];
    // A search spans every status unless one is named, so there status=open is not a default.
    if (v === undefined || v === '' || (DEFAULTS[key] === v && !(key === 'status' && query.q))) continue;
    params.set(key, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
