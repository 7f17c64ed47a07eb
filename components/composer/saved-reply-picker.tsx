'use client';
// The saved-reply picker: a small non-modal popover above the editor with a
// filter box (type to filter by title, shortcut, team or text), the replies as
// a listbox previewed with their variables filled in, arrow keys to move,
// Enter to insert, Esc to close (focus goes back to the editor, by the caller).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ComposerSavedReply } from '@/lib/conversations/get-composer-context';
import { renderSavedReply, type SavedReplyVars } from '@/lib/saved-replies/render-saved-reply';
import { cx } from '@/components/ui/cx';

// onClose: Esc (focus back to the editor); onDismiss: a click elsewhere (focus stays there).
type Props = { replies: ComposerSavedReply[]; vars: SavedReplyVars; onPick: (r: ComposerSavedReply) => void; onClose: () => void; onDismiss: () => void };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function SavedReplyPicker({ replies, vars, onPick, onClose, onDismiss }: Props) {
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const listId = useId();
  const shown = useMemo(() => {
    const words = fold(q).split(/\s+/).filter(Boolean);
    return replies.filter((r) => {
      const hay = fold(`${r.title} ${r.shortcut ?? ''} ${r.team ?? ''} ${r.body}`);
      return words.every((w) => hay.includes(w));
    });
  }, [q, replies]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const outside = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) onDismiss();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onDismiss]);
  useEffect(() => setActive(0), [q]);
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, shown.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(Math.max(shown.length - 1, 0));
    else if (e.key === 'Enter') {
      if (shown[active]) onPick(shown[active]);
    } else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={box} role="dialog" aria-label="Saved replies" data-testid="saved-reply-picker" className="absolute bottom-full left-0 z-20 mb-2 w-[min(36rem,100%)] rounded-lg border border-slate-200 bg-white shadow-lg" onKeyDown={onKeyDown}>
      <div className="border-b border-slate-100 p-2">
        <label htmlFor={`${listId}-q`} className="sr-only">
          Filter saved replies
        </label>
        <input
          id={`${listId}-q`}
          ref={input}
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={shown[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Filter saved replies…"
          className="w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm text-slate-900 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Saved replies" className="max-h-72 overflow-y-auto p-1">
        {shown.length === 0 && <li className="px-3 py-6 text-center text-sm text-slate-500">{replies.length ? `No saved reply matches “${q}”.` : 'No saved replies yet. Managers add them in Settings.'}</li>}
        {shown.map((r, i) => {
          const preview = renderSavedReply(r.body, vars);
          return (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onPick(r)}
              className={cx('cursor-pointer rounded-md px-3 py-2', i === active ? 'bg-brand-50 ring-1 ring-brand-200' : 'hover:bg-slate-50')}
            >
              <div className="flex items-center gap-2">
                <span className="truncate text-sm font-medium text-slate-900">{r.title}</span>
                {r.shortcut && <span className="rounded bg-slate-100 px-1.5 font-mono text-[11px] text-slate-600">;;{r.shortcut}</span>}
                {r.team && <span className="ml-auto shrink-0 text-[11px] text-slate-500">{r.team}</span>}
              </div>
              <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{preview.text}</p>
              {preview.unresolved.length > 0 && <p className="mt-0.5 text-[11px] font-medium text-amber-700">To fill in: {preview.unresolved.join(', ')}</p>}
            </li>
          );
        })}
      </ul>
      <p className="border-t border-slate-100 px-3 py-1.5 text-[11px] text-slate-500">↑↓ to choose · Enter to insert · Esc to close</p>
    </div>
  );
}
