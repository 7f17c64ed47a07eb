'use client';
// Ctrl/⌘+K: type to filter (fuzzy-match.ts), ↑/↓ to move, Enter to run, Esc
// to close. A modal combobox: focus stays in the input (the options are
// pointed at with aria-activedescendant) and returns where it was on close.
import { useEffect, useMemo, useRef, useState } from 'react';
import { cx } from '@/components/ui/cx';
import { Kbd } from '@/components/keyboard/kbd';
import { CLICK_KEYS } from '@/components/keyboard/decide-shortcut';
import { findShortcutTarget } from '@/components/keyboard/shortcut-targets';
import { useModalFocus } from '@/components/keyboard/use-modal-focus';
import { fuzzyFilter } from '@/components/command-palette/fuzzy-match';
import { loadPaletteData } from '@/components/command-palette/load-palette-data';
import { paletteCommands, searchCommand, type PaletteCommand, type PaletteData } from '@/components/command-palette/palette-commands';

type Props = { onClose: () => void; onRun: (c: PaletteCommand) => void; hasMine: boolean; canManage: boolean };

export function CommandPalette({ onClose, onRun, hasMine, canManage }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useModalFocus(ref, onClose, input);
  const [query, setQuery] = useState('');
  // The highlighted command by id, not by position: the view names arrive a
  // moment after opening and reshuffle the list; Enter must run what is highlighted.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [data, setData] = useState<PaletteData | null>(null);
  const [failed, setFailed] = useState(false);
  // Which conversation controls the page shows right now (read once, on open).
  const [available] = useState(() => new Set<string>(CLICK_KEYS.filter((k) => findShortcutTarget(k))));

  useEffect(() => {
    let live = true;
    loadPaletteData().then(
      (d) => live && setData(d),
      () => live && setFailed(true),
    );
    return () => void (live = false);
  }, []);

  const results = useMemo(() => {
    const all = paletteCommands({ data, hasMine, canManage, available });
    const found = fuzzyFilter(query, all, (c) => c.label, (c) => `${c.group} ${c.keywords ?? ''}`);
    const search = searchCommand(query);
    return search ? [...found, search] : found;
  }, [data, hasMine, canManage, available, query]);
  const current = Math.max(0, results.findIndex((c) => c.id === activeId));

  useEffect(() => {
    document.getElementById(`palette-option-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      setActiveId(results[(to + results.length) % Math.max(1, results.length)]?.id ?? null);
    };
    if (e.key === 'ArrowDown') move(current + 1);
    else if (e.key === 'ArrowUp') move(current - 1);
    else if (e.key === 'Home' && e.ctrlKey) move(0);
    else if (e.key === 'End' && e.ctrlKey) move(results.length - 1);
    else if (e.key === 'Enter' && results[current]) {
      e.preventDefault();
      onRun(results[current]);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      onClose();
    }
  };

  const grouped = !query.trim();
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/40 px-4 pt-[12vh] text-slate-900" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        data-testid="command-palette"
        // A click anywhere in the panel keeps the typing in the input.
        onMouseDown={(e) => e.target !== input.current && e.preventDefault()}
        className="flex max-h-[70vh] w-full max-w-xl flex-col overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-slate-900/10"
      >
        <div className="flex items-center gap-2 border-b border-slate-200 px-4">
          <svg viewBox="0 0 20 20" aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-400">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            ref={input}
            role="combobox"
            aria-expanded="true"
            aria-controls="palette-options"
            aria-autocomplete="list"
            aria-activedescendant={results.length ? `palette-option-${current}` : undefined}
            aria-label="Type a command, a view or text to search"
            placeholder="Go to a view, act on this conversation, or search…"
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActiveId(null);
            }}
            onKeyDown={onKeyDown}
            className="h-12 min-w-0 flex-1 bg-transparent text-sm outline-none placeholder:text-slate-500"
          />
          <Kbd>Esc</Kbd>
        </div>
        <ul id="palette-options" role="listbox" aria-label="Commands" className="min-h-0 flex-1 overflow-y-auto py-1.5">
          {results.length === 0 && <li className="px-4 py-6 text-center text-sm text-slate-500">No matching commands</li>}
          {results.map((c, i) => (
            <PaletteRow key={c.id} c={c} i={i} active={i === current} heading={grouped && c.group !== results[i - 1]?.group} showGroup={!grouped} onHover={() => setActiveId(c.id)} onRun={() => onRun(c)} />
          ))}
        </ul>
        <div className="flex items-center gap-4 border-t border-slate-200 bg-slate-50 px-4 py-2 text-xs text-slate-500">
          <span className="flex items-center gap-1">
            <Kbd>↑</Kbd>
            <Kbd>↓</Kbd> move
          </span>
          <span className="flex items-center gap-1">
            <Kbd>Enter</Kbd> run
          </span>
          <span className="ml-auto" role="status">
            {failed ? 'Teams, tags and channels could not be loaded' : data ? '' : 'Loading teams, tags and channels…'}
          </span>
        </div>
      </div>
    </div>
  );
}

function PaletteRow({ c, i, active, heading, showGroup, onHover, onRun }: { c: PaletteCommand; i: number; active: boolean; heading: boolean; showGroup: boolean; onHover: () => void; onRun: () => void }) {
  return (
    <>
      {heading && (
        <li role="presentation" className="px-4 pt-2.5 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
          {c.group}
        </li>
      )}
      <li
        id={`palette-option-${i}`}
        role="option"
        aria-selected={active}
        onMouseMove={onHover}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onRun}
        className={cx('mx-1.5 flex cursor-pointer items-center gap-3 rounded-md px-2.5 py-2 text-sm', active ? 'bg-brand-50 text-brand-800' : 'text-slate-700')}
      >
        <span className="min-w-0 flex-1 truncate">{c.label}</span>
        {c.shortcut ? (
          <span className="flex shrink-0 items-center gap-1 text-xs text-slate-500">
            {c.shortcut.map((k, n) => (
              <span key={k} className="flex items-center gap-1">
                {n > 0 && 'then'}
                <Kbd>{k}</Kbd>
              </span>
            ))}
          </span>
        ) : (
          showGroup && <span className="shrink-0 text-xs text-slate-500">{c.group}</span>
        )}
      </li>
    </>
  );
}
