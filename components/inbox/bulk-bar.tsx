'use client';
// The bar that replaces the list's toolbar while conversations are selected:
// assign (to me, or to a member), tag, resolve, snooze for an hour, clear.
// Plain buttons and native selects, so it is fully keyboard-operable.
import { buttonClass } from '@/components/ui/button-styles';
import type { BulkUpdateInput } from '@/lib/conversations/bulk-update-conversations';

export type Option = { id: string; name: string };

type Props = {
  count: number;
  busy: boolean;
  canAssignToMe: boolean;
  members: Option[];
  tags: Option[];
  onRun: (action: BulkUpdateInput['action'], verb: string) => void;
  onClear: () => void;
};

export function BulkBar({ count, busy, canAssignToMe, members, tags, onRun, onClear }: Props) {
  const selectClass = 'h-7 rounded-md border-0 bg-white py-0 pr-6 pl-2 text-xs font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset focus-visible:outline-2 focus-visible:outline-brand-600';
  const small = 'h-7! px-2.5! text-xs';
  return (
    <div role="toolbar" aria-label="Bulk actions" data-testid="bulk-bar" className="flex min-w-0 flex-1 flex-wrap items-center gap-x-1.5 gap-y-1.5">
      <span className="text-sm font-semibold text-brand-900 tabular-nums" aria-live="polite">
        {count} selected
      </span>
      <span className="ml-auto" />
      <button type="button" disabled={busy} className={buttonClass('primary', 'sm', small)} onClick={() => onRun({ type: 'status', status: 'resolved' }, 'Resolved')}>
        Resolve
      </button>
      <button type="button" disabled={busy} className={buttonClass('secondary', 'sm', small)} onClick={() => onRun({ type: 'snooze', minutes: 60 }, 'Snoozed for 1 h')}>
        Snooze 1 h
      </button>
      <button type="button" disabled={busy} className={buttonClass('ghost', 'sm', 'h-7! px-1.5! text-xs')} onClick={onClear}>
        Clear
      </button>
      <div className="flex w-full flex-wrap items-center gap-1.5">
        {canAssignToMe && (
          <button type="button" disabled={busy} className={buttonClass('secondary', 'sm', small)} onClick={() => onRun({ type: 'assign', assigneeId: 'me' }, 'Assigned to you')}>
            Assign to me
          </button>
        )}
        <select
          aria-label="Assign to…"
          disabled={busy}
          className={`${selectClass} w-[6.5rem]`}
          value=""
          onChange={(e) => {
            const id = e.target.value;
            if (!id) return;
            const name = members.find((m) => m.id === id)?.name ?? 'them';
            onRun({ type: 'assign', assigneeId: id === '__none' ? null : id }, id === '__none' ? 'Unassigned' : `Assigned to ${name}`);
          }}
        >
          <option value="">Assign…</option>
          <option value="__none">Nobody (unassign)</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Tag…"
          disabled={busy}
          className={`${selectClass} w-[5rem]`}
          value=""
          onChange={(e) => e.target.value && onRun({ type: 'tag', tag: e.target.value }, `Tagged ${tags.find((t) => t.id === e.target.value)?.name ?? ''}`)}
        >
          <option value="">Tag…</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
