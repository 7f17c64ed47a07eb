'use client';
// Small pieces of the composer: the collision guard's warning (a colleague is
// typing, or replied since the draft began: confirm or wait) and the keyboard
// hints under the editor (⌘ on a Mac, Ctrl elsewhere; read after mount).
import { useEffect, useState } from 'react';
import type { Kind } from '@/components/presence/collision-guard';
import { buttonClass } from '@/components/ui/button-styles';

type Warning = { reason: 'typing' | 'overlap'; message: string };

export function CollisionWarning({ warning, pending, onConfirm, onDismiss }: { warning: Warning; pending: boolean; onConfirm: () => void; onDismiss: () => void }) {
  return (
    <div role="alert" data-testid="collision-warning" className="mb-2 flex items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <span aria-hidden="true" className="mt-0.5">⚠</span>
      <p className="flex-1">{warning.message}</p>
      <button type="button" className={buttonClass('primary')} disabled={pending} onClick={onConfirm}>
        Send anyway
      </button>
      <button type="button" className={buttonClass('ghost')} onClick={onDismiss}>
        {warning.reason === 'overlap' ? 'Review first' : 'Wait'}
      </button>
    </div>
  );
}

const Key = ({ children }: { children: React.ReactNode }) => <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-sans text-[10px] text-slate-600">{children}</kbd>;

export function ComposerHints({ kind }: { kind: Kind }) {
  const [mod, setMod] = useState('Ctrl');
  useEffect(() => {
    if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) setMod('⌘');
  }, []);
  return (
    <p data-testid="composer-hints" className="hidden items-center gap-x-2 text-[11px] text-slate-500 xl:flex">
      <span>
        <Key>{mod}</Key>+<Key>Enter</Key> send
      </span>
      <span aria-hidden="true">·</span>
      <span className="hidden 2xl:inline">
        <Key>Esc</Key> leave
      </span>
      <span aria-hidden="true" className="hidden 2xl:inline">·</span>
      <span>
        <Key>;;</Key>
        <span className="hidden 2xl:inline">
          {' '}or <Key>{mod}</Key>+<Key>⇧</Key>+<Key>S</Key>
        </span>{' '}
        saved replies
      </span>
      {kind === 'note' && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            <Key>@</Key> mention
          </span>
        </>
      )}
    </p>
  );
}
