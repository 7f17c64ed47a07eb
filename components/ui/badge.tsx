import { cx } from '@/components/ui/cx';

// A small rounded label; the caller picks the colours.
export function Badge({ className, title, children }: { className?: string; title?: string; children: React.ReactNode }) {
  return (
    <span
      title={title}
      className={cx('inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-[11px] leading-4 font-semibold whitespace-nowrap ring-1 ring-inset', className)}
    >
      {children}
    </span>
  );
}
