'use client';
// A duration typed as a number and a unit (minutes, hours, days), held as
// minutes. Empty means "no target" where the field is optional.
import { useState } from 'react';
import { cx } from '@/components/ui/cx';
import { inputBase } from './form-styles';

const UNITS = [
  { value: 1, label: 'minutes' },
  { value: 60, label: 'hours' },
  { value: 1440, label: 'days' },
];

function split(minutes: number | null): { amount: string; unit: number } {
  if (minutes === null || !Number.isFinite(minutes)) return { amount: '', unit: 60 };
  const unit = minutes % 1440 === 0 ? 1440 : minutes % 60 === 0 ? 60 : 1;
  return { amount: String(minutes / unit), unit };
}

type Props = { id?: string; label: string; minutes: number | null; onChange: (minutes: number | null) => void; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

export function DurationInput({ id, label, minutes, onChange, ...aria }: Props) {
  const [state, setState] = useState(() => split(minutes));
  const emit = (amount: string, unit: number) => {
    setState({ amount, unit });
    if (!amount.trim()) return onChange(null);
    const n = Number(amount);
    onChange(Number.isFinite(n) ? Math.round(n * unit) : Number.NaN);
  };
  return (
    <div className="flex gap-2">
      <input id={id} type="number" inputMode="numeric" min={0} step="any" value={state.amount} onChange={(e) => emit(e.target.value, state.unit)} className={cx(inputBase, 'w-0 min-w-0 flex-1')} {...aria} />
      <select aria-label={`${label} unit`} value={state.unit} onChange={(e) => emit(state.amount, Number(e.target.value))} className={cx(inputBase, 'w-28 shrink-0 px-2')}>
        {UNITS.map((u) => (
          <option key={u.value} value={u.value}>
            {u.label}
          </option>
        ))}
      </select>
    </div>
  );
}
