'use client';
// SEV1–SEV4 as a segmented control. A choice is recorded as agent-set with
// who did it (set-severity.ts): triage stops changing it, routing looks again
// when it rises.
import { setSeverityAction } from '@/app/(inbox)/inbox/actions';
import { SEVERITIES } from '@/components/inbox/severity-badge';
import { cx } from '@/components/ui/cx';
import type { ActionAnswer } from './use-run-action';

type Props = {
  conversationId: string;
  severity: number;
  disabled: boolean;
  run: (label: string, fn: () => Promise<ActionAnswer>, onDone?: () => void) => void;
};

const active: Record<number, string> = {
  1: 'bg-red-600 text-white',
  2: 'bg-orange-500 text-white',
  3: 'bg-amber-400 text-amber-950',
  4: 'bg-slate-600 text-white',
};

export function SeverityControl({ conversationId, severity, disabled, run }: Props) {
  return (
    <div role="group" aria-label="Severity" className="inline-flex h-8 overflow-hidden rounded-md shadow-sm ring-1 ring-slate-300 ring-inset">
      {([1, 2, 3, 4] as const).map((n) => {
        const on = n === severity;
        return (
          <button
            key={n}
            type="button"
            aria-pressed={on}
            aria-disabled={disabled || undefined}
            title={`${SEVERITIES[n].label}: ${SEVERITIES[n].meaning}`}
            className={cx(
              'px-2.5 text-xs font-semibold tabular-nums transition-colors focus-visible:relative focus-visible:z-10 aria-disabled:cursor-wait',
              n > 1 && 'border-l border-slate-300',
              on ? active[n] : 'bg-white text-slate-600 hover:bg-slate-50',
            )}
            onClick={() => !on && !disabled && run('severity', () => setSeverityAction({ conversationId, severity: n }))}
          >
            {SEVERITIES[n].label}
          </button>
        );
      })}
    </div>
  );
}
