'use client';
// A button that opens a small non-modal panel under it (the assign, tag and
// snooze pickers). Keyboard: the panel's first field takes focus when it
// opens; Esc closes it and focus returns to the button (also after a choice);
// a click outside closes it. The button carries data-shortcut, so the global
// key handler opens it with one key.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { Kbd } from './kbd';

type Props = {
  label: string;
  shortcut: string;
  // What the button shows (defaults to label).
  content?: React.ReactNode;
  panelLabel: string;
  disabled?: boolean;
  align?: 'left' | 'right';
  width?: string;
  children: (close: () => void) => React.ReactNode;
};

export function Popover({ label, shortcut, content, panelLabel, disabled, align = 'left', width = 'w-80', children }: Props) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  // Where the focus was when the panel opened (the button when clicked; the
  // list or the page when opened by its shortcut): it goes back there.
  const returnTo = useRef<HTMLElement | null>(null);

  const close = useCallback(() => {
    setOpen(false);
    const back = returnTo.current;
    (back && back.isConnected && back !== document.body ? back : button.current)?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    // The panel's field takes the keyboard (a panel still loading focuses its field when it mounts: autoFocus).
    panel.current?.querySelector<HTMLElement>('input, button, [tabindex="0"]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close();
    };
    const onDown = (e: MouseEvent) => {
      if (wrapper.current && !wrapper.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open, close]);

  return (
    <div ref={wrapper} className="relative">
      <button
        ref={button}
        type="button"
        data-shortcut={shortcut}
        aria-keyshortcuts={shortcut}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        // aria-disabled, not disabled: a disabled button drops the keyboard focus while an action runs.
        aria-disabled={disabled || undefined}
        className={buttonClass('secondary', 'sm', 'aria-disabled:opacity-60')}
        onClick={() => {
          if (disabled && !open) return;
          if (!open) returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setOpen(!open);
        }}
      >
        {content ?? label}
        <svg viewBox="0 0 12 12" aria-hidden="true" className="h-3 w-3 text-slate-400">
          <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <Kbd k={shortcut} className="text-slate-500" />
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          role="dialog"
          aria-label={panelLabel}
          className={cx('absolute z-30 mt-1.5 rounded-lg border border-slate-200 bg-white text-left shadow-lg', align === 'right' ? 'right-0' : 'left-0', width)}
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
