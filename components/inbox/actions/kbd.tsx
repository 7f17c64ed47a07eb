// The single-key shortcut of a control, shown on it ("Resolve  e"). Hidden
// from assistive tech: the button's aria-keyshortcuts says it instead.
import { cx } from '@/components/ui/cx';

export function Kbd({ k, className }: { k: string; className?: string }) {
  return (
    <kbd
      aria-hidden="true"
      className={cx('ml-0.5 rounded border border-current/30 px-1 font-mono text-[10px] leading-4 font-semibold uppercase opacity-70', className)}
    >
      {k}
    </kbd>
  );
}
