'use client';
// The "?" dialog: every shortcut, grouped (Navigate, Conversation, Compose,
// Go to). Modal: focus moves in, stays in, Esc or the close button closes it
// and focus returns to where it was.
import { useRef } from 'react';
import { Kbd } from '@/components/keyboard/kbd';
import { shortcutGroups } from '@/components/keyboard/shortcut-list';
import { useModalFocus } from '@/components/keyboard/use-modal-focus';
import { useModKey } from '@/components/keyboard/use-mod-key';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useModalFocus(ref, onClose, closeRef);
  const groups = shortcutGroups(useModKey());
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/40 px-4 pt-[10vh] text-slate-900" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        data-testid="shortcuts-dialog"
        className="flex max-h-[80vh] w-full max-w-2xl flex-col overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-slate-900/10"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3">
          <h2 id="shortcuts-title" className="text-base font-semibold">
            Keyboard shortcuts
          </h2>
          <button ref={closeRef} type="button" onClick={onClose} className="flex items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900">
            Close <Kbd>Esc</Kbd>
          </button>
        </div>
        <div className="grid grid-cols-2 gap-x-8 gap-y-5 overflow-y-auto px-5 py-4">
          {groups.map((g) => (
            <section key={g.title} aria-labelledby={`shortcuts-${g.title}`}>
              <h3 id={`shortcuts-${g.title}`} className="pb-1.5 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
                {g.title}
              </h3>
              <dl className="flex flex-col">
                {g.items.map((item) => (
                  <div key={item.label} className="flex items-center justify-between gap-4 border-b border-slate-100 py-1.5 last:border-b-0">
                    <dt className="text-sm text-slate-700">{item.label}</dt>
                    <dd className="flex shrink-0 items-center gap-1 text-xs text-slate-500">
                      {item.keys.map((k, i) => (
                        <span key={k} className="flex items-center gap-1">
                          {i > 0 && <span>{item.then ? 'then' : '+'}</span>}
                          <Kbd>{k}</Kbd>
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="border-t border-slate-200 bg-slate-50 px-5 py-2.5 text-xs text-slate-500">Single-key shortcuts pause while you type in a field or a dialog is open.</p>
      </div>
    </div>
  );
}
