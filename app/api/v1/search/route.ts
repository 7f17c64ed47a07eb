// GET /api/v1/search?q=…: full-text search over the workspace's messages and
// contacts, in any language (Chinese and Japanese included). Takes the list
// filters status, severity, tag, assignee, team, channel; limit ≤ 50; cursor
// = the previous page's nextCursor. An empty or over-long q is a 400.
import { withWorkspace } from '@/lib/api/with-workspace';
import { searchInput } from '@/lib/search/search-input';
import { searchInbox } from '@/lib/search/search-inbox';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'api_key', query: searchInput }, ({ ctx, query }) => searchInbox(ctx, query));
