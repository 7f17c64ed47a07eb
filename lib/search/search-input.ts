// What a search takes: the query text (1-200 characters after trimming), the
// inbox list filters that are cheap to combine (status, severity, tag,
// assignee, team, channel), a cursor and a page size. Shared by the REST API
// and the inbox page.
import { z } from 'zod';
import { conversationFilters } from '@/lib/conversations/list-conversations';

export const SEARCH_MAX_LENGTH = 200;

export const searchInput = conversationFilters
  .pick({ status: true, severity: true, tag: true, assignee: true, team: true, channel: true, cursor: true })
  .extend({
    // Control characters (NUL cannot even be stored in Postgres text) become spaces.
    q: z
      .string({ error: 'Pass the text to search for as q' })
      .transform((s) => s.replace(/\p{Cc}/gu, ' '))
      .pipe(z.string().trim().min(1, 'Type something to search for').max(SEARCH_MAX_LENGTH, `Search for at most ${SEARCH_MAX_LENGTH} characters`)),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();

export type SearchInput = z.infer<typeof searchInput>;
