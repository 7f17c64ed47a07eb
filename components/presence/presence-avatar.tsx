// A colleague's initials in a small circle, coloured by who they are (the same
// person has the same colour everywhere), with a typing ring.
import { cx } from '@/components/ui/cx';

const COLOURS = ['bg-sky-600', 'bg-emerald-600', 'bg-violet-600', 'bg-amber-600', 'bg-rose-600', 'bg-teal-600', 'bg-fuchsia-600', 'bg-indigo-600'];

export function initials(name: string): string {
  const parts = name.trim().split(/[\s-]+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]].map((p) => [...p][0]) : [...(parts[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

function colourOf(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[h % COLOURS.length];
}

export function PresenceAvatar({ id, name, typing, size = 'md' }: { id: string; name: string; typing?: boolean; size?: 'sm' | 'md' }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        'inline-grid shrink-0 place-items-center rounded-full font-semibold text-white ring-2',
        size === 'sm' ? 'h-5 w-5 text-[9px]' : 'h-6 w-6 text-[10px]',
        colourOf(id),
        typing ? 'ring-amber-300' : 'ring-white',
      )}
    >
      {initials(name)}
    </span>
  );
}
