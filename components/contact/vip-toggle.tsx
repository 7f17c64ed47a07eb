'use client';
// Mark or unmark a contact as VIP from the side panel (a switch). VIP raises
// the severity triage gives their next messages, so the change is audited.
import { updateContactAction } from '@/app/(inbox)/inbox/actions';
import { cx } from '@/components/ui/cx';
import { useRunAction } from '@/components/inbox/actions/use-run-action';

export function VipToggle({ contactId, isVip }: { contactId: string; isVip: boolean }) {
  const { pending, error, run } = useRunAction();
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        role="switch"
        aria-checked={isVip}
        disabled={pending}
        onClick={() => run('vip', () => updateContactAction({ contactId, isVip: !isVip }))}
        className="inline-flex items-center gap-1.5 rounded text-xs font-medium text-slate-700 disabled:opacity-60"
      >
        <span className={cx('relative h-4 w-7 rounded-full transition-colors', isVip ? 'bg-amber-500' : 'bg-slate-300')} aria-hidden="true">
          <span className={cx('absolute top-0.5 h-3 w-3 rounded-full bg-white shadow transition-all', isVip ? 'left-3.5' : 'left-0.5')} />
        </span>
        VIP
      </button>
      {error && <p role="alert" className="text-[11px] text-red-700">{error}</p>}
    </div>
  );
}
