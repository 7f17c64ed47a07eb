'use client';
// The global keyboard layer, mounted once in the inbox layout's top bar:
// listens for single-key shortcuts (decide-shortcut.ts decides, this file
// acts: click the first visible data-shortcut target, focus the search, jump
// to a view), owns the "?" shortcuts dialog and the Ctrl/⌘+K command palette,
// and shows the two buttons that make them discoverable.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { Kbd } from '@/components/keyboard/kbd';
import { decideShortcut, IDLE, type GoView, type ShortcutAction } from '@/components/keyboard/decide-shortcut';
import { isTypingTarget } from '@/components/keyboard/is-typing-target';
import { clickShortcutTarget, focusShortcutTarget, modalDialogOpen } from '@/components/keyboard/shortcut-targets';
import { ShortcutsDialog } from '@/components/keyboard/shortcuts-dialog';
import { useModKey } from '@/components/keyboard/use-mod-key';
import { CommandPalette } from '@/components/command-palette/command-palette';
import type { PaletteCommand } from '@/components/command-palette/palette-commands';

const GO_HREF: Record<GoView, string> = { open: '/inbox', mine: '/inbox?assignee=me', unassigned: '/inbox?assignee=none' };

type Open = 'none' | 'help' | 'palette';

export function GlobalShortcuts({ hasMine, canManage }: { hasMine: boolean; canManage: boolean }) {
  const router = useRouter();
  const modKey = useModKey();
  const [open, setOpen] = useState<Open>('none');
  const state = useRef(IDLE);

  const perform = useCallback(
    (action: ShortcutAction) => {
      if (action.type === 'click') clickShortcutTarget(action.key);
      else if (action.type === 'focus-search') focusShortcutTarget('/');
      else if (action.type === 'open-help') setOpen('help');
      else if (action.type === 'open-palette') setOpen('palette');
      else if (action.type === 'go') router.push(GO_HREF[action.view]);
    },
    [router],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const { action, state: next } = decideShortcut(
        { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, typing: e.isComposing || isTypingTarget(e.target), dialogOpen: modalDialogOpen(), now: e.timeStamp },
        state.current,
      );
      state.current = next;
      if (!action) return;
      // "/" must not also type itself into the search box it focuses.
      e.preventDefault();
      perform(action);
    };
    document.addEventListener('keydown', onKey);
    // Says the keyboard layer is listening (the browser tests wait for it
    // rather than race hydration).
    document.documentElement.dataset.shortcuts = 'ready';
    return () => {
      document.removeEventListener('keydown', onKey);
      delete document.documentElement.dataset.shortcuts;
    };
  }, [perform]);

  const close = useCallback(() => setOpen('none'), []);
  const run = useCallback(
    (c: PaletteCommand) => {
      setOpen('none');
      // After the palette has closed and handed focus back, so that a picker
      // opened by the command takes the focus next.
      setTimeout(() => {
        if (c.run.type === 'navigate') router.push(c.run.href);
        else if (c.run.type === 'click') clickShortcutTarget(c.run.key);
        else void signOut({ callbackUrl: '/login' });
      }, 0);
    },
    [router],
  );

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen('palette')}
        aria-label="Command palette"
        aria-keyshortcuts="Control+K Meta+K"
        title={`Command palette (${modKey}+K)`}
        className="flex h-8 items-center gap-2 rounded-md px-2 text-sm text-slate-300 ring-1 ring-slate-700 ring-inset hover:bg-slate-800 hover:text-white"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="h-4 w-4">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="hidden 2xl:inline">Jump to…</span>
        <span className="flex items-center gap-0.5" aria-hidden="true">
          <Kbd tone="dark">{modKey}</Kbd>
          <Kbd tone="dark">K</Kbd>
        </span>
      </button>
      <button
        type="button"
        onClick={() => setOpen('help')}
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        className="flex h-8 items-center gap-2 rounded-md px-2 text-sm text-slate-300 ring-1 ring-slate-700 ring-inset hover:bg-slate-800 hover:text-white"
      >
        <span className="hidden 2xl:inline">Keyboard shortcuts</span>
        <Kbd tone="dark">?</Kbd>
      </button>
      {open === 'help' && <ShortcutsDialog onClose={close} />}
      {open === 'palette' && <CommandPalette onClose={close} onRun={run} hasMine={hasMine} canManage={canManage} />}
    </>
  );
}
