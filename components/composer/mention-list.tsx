'use client';
// The member list shown while an @mention is typed in a note; the editor
// keeps the keyboard (↑↓ move, Enter/Tab insert, Esc closes) and tells
// screen readers how many match through the live region.
import type { ComposerMember } from '@/lib/conversations/get-composer-context';
import { cx } from '@/components/ui/cx';

type Props = { id: string; members: ComposerMember[]; active: number; onPick: (m: ComposerMember) => void; onHover: (i: number) => void };

export function MentionList({ id, members, active, onPick, onHover }: Props) {
  return (
    <div className="absolute bottom-full left-0 z-20 mb-2 w-72 rounded-lg border border-slate-200 bg-white shadow-lg" data-testid="mention-picker">
      <ul id={id} role="listbox" aria-label="Mention a colleague" className="max-h-60 overflow-y-auto p-1">
        {members.length === 0 && <li className="px-3 py-3 text-sm text-slate-500">No colleague by that name.</li>}
        {members.map((m, i) => (
          <li
            key={m.membershipId}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => onHover(i)}
            onClick={() => onPick(m)}
            className={cx('flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm', i === active ? 'bg-amber-50 ring-1 ring-amber-200' : 'hover:bg-slate-50')}
          >
            <span aria-hidden="true" className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-200 text-[11px] font-semibold text-slate-700">
              {m.name.charAt(0)}
            </span>
            <span className="truncate font-medium text-slate-900">{m.name}</span>
            <span className="ml-auto truncate text-xs text-slate-500">{m.email.split('@')[0]}</span>
          </li>
        ))}
      </ul>
      <p className="border-t border-slate-100 px-3 py-1 text-[11px] text-slate-500">↑↓ to choose · Enter to insert · Esc to close</p>
    </div>
  );
}
