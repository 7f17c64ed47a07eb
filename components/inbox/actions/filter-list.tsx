'use client';
// Type-to-filter list for the pickers (combobox + listbox pattern): focus
// stays in the filter field; ↑/↓ (and Home/End) move the highlighted option,
// Enter chooses it, a click chooses too. With `checked`, options behave as
// checkboxes (aria-checked) and the list stays open after a choice.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { cx } from '@/components/ui/cx';
import { inputClass } from '@/components/settings/form-styles';

export type FilterItem = {
  id: string;
  // Matched against the filter text (name, team, handle...).
  text: string;
  group?: string;
  checked?: boolean;
  disabled?: boolean;
  title?: string;
  content: React.ReactNode;
};

type Props = {
  label: string;
  placeholder: string;
  items: FilterItem[];
  onChoose: (item: FilterItem) => void;
  empty?: string;
  multi?: boolean;
};

export function FilterList({ label, placeholder, items, onChoose, empty = 'Nothing matches.', multi }: Props) {
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    return items.filter((i) => words.every((w) => i.text.toLowerCase().includes(w)));
  }, [items, q]);
  const index = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (i: number) => `${listId}-o${i}`;

  useEffect(() => {
    list.current?.querySelector(`[id="${CSS.escape(optionId(index))}"]`)?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (item: FilterItem | undefined) => item && !item.disabled && onChoose(item);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: shown.length - 1 };
    if (e.key in moves && shown.length) {
      e.preventDefault();
      setActive((moves[e.key] + shown.length) % shown.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(shown[index]);
    }
  };

  let lastGroup: string | undefined;
  return (
    <div className="flex flex-col">
      <div className="border-b border-slate-100 p-2">
        <input
          type="text"
          autoFocus
          role="combobox"
          aria-label={label}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length ? optionId(index) : undefined}
          placeholder={placeholder}
          className={cx(inputClass, 'h-8 text-sm')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul ref={list} id={listId} role="listbox" aria-label={label} aria-multiselectable={multi || undefined} className="max-h-72 overflow-y-auto py-1">
        {shown.length === 0 && <li className="px-3 py-3 text-center text-xs text-slate-500">{empty}</li>}
        {shown.map((item, i) => {
          const heading = item.group && item.group !== lastGroup ? item.group : null;
          lastGroup = item.group;
          return (
            <li key={item.id} role="presentation">
              {heading && <p role="presentation" className="px-3 pt-2 pb-1 text-[10px] font-semibold tracking-wider text-slate-500 uppercase">{heading}</p>}
              <div
                id={optionId(i)}
                role="option"
                aria-selected={i === index}
                aria-checked={multi ? !!item.checked : undefined}
                aria-disabled={item.disabled || undefined}
                title={item.title}
                data-option={item.id}
                className={cx(
                  'mx-1 flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800',
                  i === index && 'bg-brand-50 ring-1 ring-brand-200 ring-inset',
                  item.disabled && 'cursor-not-allowed opacity-50',
                )}
                onMouseMove={() => i !== index && setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(item)}
              >
                {multi && (
                  <span
                    aria-hidden="true"
                    className={cx(
                      'flex h-4 w-4 shrink-0 items-center justify-center rounded border',
                      item.checked ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-300 bg-white',
                    )}
                  >
                    {item.checked && (
                      <svg viewBox="0 0 12 12" className="h-3 w-3">
                        <path d="m2.5 6 2.5 2.5 4.5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
                      </svg>
                    )}
                  </span>
                )}
                {item.content}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
