// Full-text search over a workspace's messages (text and subject) and
// contacts (name, handle, email, phone), for the inbox and GET /api/v1/search.
//
// Design: a tsvector column on Message and Contact, kept up to date by
// database triggers and GIN-indexed (see the search migration). Documents and
// queries go through the same SQL functions: NFKC + unaccent + lower case,
// then CJK runs become overlapping character bigrams (so 退款 or 返金 match
// inside unspaced Chinese and Japanese text) and other runs whole words
// (queried as prefixes from 3 characters). Postgres contrib only: pg_trgm
// cannot match 2-character words and pg_bigm is not available. Terms carry a
// per-workspace namespace so the index keeps each workspace's postings apart
// (the search_bounded migration; tenancy itself is the workspaceId filter).
//
// Answers { conversations: [{ conversation, match }], contacts, nextCursor }:
// one entry per conversation at its newest matching message, newest first,
// with a plain-text snippet split into matched and unmatched parts (never
// HTML). Contacts come with the first page only. The cost of a page is
// bounded whatever the word (lib/search/search-messages.ts); for a common word
// a page may hold fewer entries than asked: follow nextCursor until it is null.
import { z } from 'zod';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { resolveConversationFilters } from '@/lib/conversations/list-conversations';
import { summarySelect, toSummary } from '@/lib/conversations/conversation-summary';
import { buildSnippet } from '@/lib/search/build-snippet';
import { searchContacts, type ContactHit } from '@/lib/search/search-contacts';
import { searchMessages, type HitCursor } from '@/lib/search/search-messages';
import type { SearchInput } from '@/lib/search/search-input';

const CONTACTS_PER_SEARCH = 5;

type Ctx = Pick<WorkspaceContext, 'db' | 'actor' | 'workspaceId'>;

export async function searchInbox(ctx: Ctx, input: SearchInput) {
  const after: HitCursor | null = input.cursor
    ? (([t, id]) => ({ createdAt: new Date(t), id }))(decodeCursor(input.cursor, z.tuple([z.string().datetime(), z.string().max(64)])))
    : null;
  const filters = await resolveConversationFilters(ctx, input);
  // In this workspace's term namespace; NULL when the query has nothing searchable (only punctuation).
  const [{ tsquery }] = await ctx.db.$queryRaw<{ tsquery: string | null }[]>`
    SELECT switchboard_search_query(${input.q}, switchboard_search_namespace(${ctx.workspaceId}))::text AS tsquery`;
  if (!tsquery) return { query: input.q, conversations: [], contacts: [] as ContactHit[], nextCursor: null };

  const [{ hits: page, next }, contacts] = await Promise.all([
    searchMessages(ctx, tsquery, filters, after, input.limit),
    after ? Promise.resolve([] as ContactHit[]) : searchContacts(ctx, tsquery, CONTACTS_PER_SEARCH),
  ]);
  const rows = page.length ? await ctx.db.conversation.findMany({ where: { id: { in: page.map((h) => h.conversationId) } }, select: summarySelect }) : [];
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  const conversations = page.flatMap((h) => {
    const conversation = byId.get(h.conversationId);
    if (!conversation) return [];
    // The snippet comes from the text, or from the subject when only it matched.
    let snippet = buildSnippet(h.text, input.q);
    if (!snippet.some((p) => p.match) && h.subject) {
      const fromSubject = buildSnippet(h.subject, input.q);
      if (fromSubject.some((p) => p.match)) snippet = fromSubject;
    }
    return [{ conversation, match: { messageId: h.id, direction: h.direction, createdAt: h.createdAt, subject: h.subject, snippet } }];
  });
  const nextCursor = next ? encodeCursor([next.createdAt.toISOString(), next.id]) : null;
  return { query: input.q, conversations, contacts, nextCursor };
}

export type SearchResult = Awaited<ReturnType<typeof searchInbox>>;
export type ConversationHit = SearchResult['conversations'][number];
