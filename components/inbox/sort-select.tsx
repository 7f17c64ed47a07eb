'use client';
// The list's sort (most urgent first, newest, oldest): part of the URL like
// every other view setting, so the view stays a link.
import { useRouter } from 'next/navigation';
import { inboxHref, type InboxQuery } from '@/lib/ui/inbox-href';

export function SortSelect({ path, query }: { path: string; query: InboxQuery }) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-1 text-xs text-slate-500">
      <span className="sr-only">Sort</span>
      <select
        value={String(query.sort ?? 'priority')}
        onChange={(e) => router.push(inboxHref(path, { ...query, sort: e.target.value, cursor: undefined }))}
        className="h-7 rounded-md border-0 bg-transparent py-0 pr-6 pl-2 text-xs text-slate-700 ring-1 ring-slate-200 ring-inset hover:ring-slate-300 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <option value="priority">Most urgent first</option>
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </label>
  );
}
