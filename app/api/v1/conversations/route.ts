// GET /api/v1/conversations: the workspace's conversations, filtered by
// status, tag, severity, assignee, team and channel, most urgent first (or
// sort=newest|oldest), cursor-paginated as { items, nextCursor }.
// The public API takes API keys only: a cookie session here would make every
// future write endpoint a CSRF target, and the app calls the lib directly.
import { withWorkspace } from '@/lib/api/with-workspace';
import { conversationFilters, listConversations } from '@/lib/conversations/list-conversations';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'api_key', query: conversationFilters }, ({ ctx, query }) => listConversations(ctx, query));
