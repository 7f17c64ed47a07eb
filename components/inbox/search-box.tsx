// The search box at the top of the list pane: a plain GET form to /inbox?q=…
// (works before any JavaScript loads). The keyboard shortcut "/" focuses the
// input by its id, "inbox-search". Search spans every status; the results
// replace the list until the search is cleared.
import Link from 'next/link';
import { SEARCH_MAX_LENGTH } from '@/lib/search/search-input';

export const SEARCH_INPUT_ID = 'inbox-search';

export function SearchBox({ defaultValue = '' }: { defaultValue?: string }) {
  return (
    <form role="search" action="/inbox" method="get" className="flex shrink-0 items-center gap-2 border-b border-slate-200 px-3 py-2">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search messages and contacts
      </label>
      <div className="relative min-w-0 flex-1">
        <svg viewBox="0 0 20 20" aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 h-4 w-4 -translate-y-1/2 text-slate-400">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id={SEARCH_INPUT_ID}
          data-shortcut="/"
          aria-keyshortcuts="/"
          name="q"
          type="search"
          required
          maxLength={SEARCH_MAX_LENGTH}
          defaultValue={defaultValue}
          placeholder="Search messages and contacts"
          autoComplete="off"
          enterKeyHint="search"
          className="w-full rounded-md border border-slate-300 bg-slate-50 py-1.5 pr-8 pl-8 text-sm text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:bg-white"
        />
        {!defaultValue && (
          <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-slate-300 bg-white px-1.5 text-[11px] leading-4 text-slate-500">
            /
          </kbd>
        )}
      </div>
      {defaultValue && (
        <Link href="/inbox" className="shrink-0 rounded px-1 text-sm text-brand-700 hover:underline">
          Clear
        </Link>
      )}
    </form>
  );
}
