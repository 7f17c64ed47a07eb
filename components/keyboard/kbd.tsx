// A key cap, in the look of the search box's "/" hint. Letters show upper
// case, as on the keyboard and on the buttons' own hints ("Resolve E"); the
// shortcut is still the plain key. `tone="dark"` for the slate top bar.
import { cx } from '@/components/ui/cx';

export function Kbd({ children, tone = 'light', className }: { children: React.ReactNode; tone?: 'light' | 'dark'; className?: string }) {
  return (
    <kbd
      className={cx(
        'inline-flex h-5 min-w-5 items-center justify-center rounded border px-1.5 font-sans text-[11px] leading-4 font-medium',
        tone === 'dark' ? 'border-slate-600 bg-slate-800 text-slate-200' : 'border-slate-300 bg-white text-slate-600 shadow-[0_1px_0_var(--color-slate-300)]',
        className,
      )}
    >
      {typeof children === 'string' && children.length === 1 ? children.toUpperCase() : children}
    </kbd>
  );
}
