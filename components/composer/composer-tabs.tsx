'use client';
// Reply / Internal note, as tabs of the one editor. Each tab carries the
// global shortcut (data-shortcut="r" / "n": the inbox's key handler clicks
// it) and shows its key; clicking it (or the shortcut) also focuses the editor.
import type { Kind } from '@/components/presence/collision-guard';
import { cx } from '@/components/ui/cx';

const TABS = [
  { kind: 'reply', label: 'Reply', key: 'r' },
  { kind: 'note', label: 'Internal note', key: 'n' },
] as const;

export function ComposerTabs({ kind, onSelect, panelId }: { kind: Kind; onSelect: (k: Kind) => void; panelId: string }) {
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = kind === 'reply' ? 'note' : 'reply';
    onSelect(next);
  };
  return (
    <div role="tablist" aria-label="Message type" className="flex items-center gap-1">
      {TABS.map((t) => {
        const selected = kind === t.kind;
        return (
          <button
            key={t.kind}
            type="button"
            role="tab"
            id={`composer-tab-${t.kind}`}
            aria-selected={selected}
            aria-controls={panelId}
            aria-keyshortcuts={t.key.toUpperCase()}
            tabIndex={selected ? 0 : -1}
            data-shortcut={t.key}
            onClick={() => onSelect(t.kind)}
            onKeyDown={onKeyDown}
            className={cx(
              'inline-flex items-center gap-1.5 rounded-md px-2.5 py-1 text-xs font-medium focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none',
              selected ? (t.kind === 'note' ? 'bg-amber-100 text-amber-900' : 'bg-brand-50 text-brand-800') : 'text-slate-600 hover:bg-slate-100',
            )}
          >
            {t.label}
            <kbd aria-hidden="true" className="rounded border border-slate-300 bg-white px-1 font-sans text-[10px] leading-4 text-slate-500">
              {t.key.toUpperCase()}
            </kbd>
          </button>
        );
      })}
    </div>
  );
}
