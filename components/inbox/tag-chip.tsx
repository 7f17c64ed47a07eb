// A tag with its colour; hovering shows why it was applied (source,
// confidence and reason), which is also the accessible name's description.
import { cx } from '@/components/ui/cx';
import { tagExplanation } from '@/lib/ui/format';

export type TagView = { key: string; name: string; color: string; source: string; confidence: number; reason: string };

export function TagChip({ tag, className }: { tag: TagView; className?: string }) {
  return (
    <span
      title={tagExplanation(tag)}
      data-tag={tag.key}
      className={cx(
        'inline-flex max-w-full shrink-0 items-center gap-1 rounded-full bg-white px-2 py-0.5 text-[11px] leading-4 font-medium whitespace-nowrap text-slate-700 ring-1 ring-slate-200 ring-inset',
        className,
      )}
    >
      <span aria-hidden="true" className="h-1.5 w-1.5 shrink-0 rounded-full" style={{ backgroundColor: safeColor(tag.color) }} />
      {tag.name}
    </span>
  );
}

// Tag colours come from workspace settings: accept only #rgb / #rrggbb.
export function safeColor(c: string): string {
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(c) ? c : '#64748b';
}
