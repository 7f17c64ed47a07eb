'use client';
// Weekly hours as rows of day, start and end, typed as 24-hour HH:MM (as the
// rest of the product shows times) in the given time zone. An end at or
// before the start runs into the next day (22:00–06:00). Errors arrive by
// path ("weeklyHours.2.end") and show on their row.
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { fieldId, inputBase } from './form-styles';
import { DAY_NAMES, DAY_ORDER, type HoursRow } from '@/lib/settings/summarize-hours';

type Props = {
  path: string;
  label: string;
  rows: HoursRow[];
  onChange: (rows: HoursRow[]) => void;
  errorFor: (path: string) => string | undefined;
};

export function WeeklyHoursEditor({ path, label, rows, onChange, errorFor }: Props) {
  const set = (i: number, patch: Partial<HoursRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    const last = rows.at(-1);
    const nextDay = last ? DAY_ORDER[(DAY_ORDER.indexOf(last.day) + 1) % 7] : 1;
    onChange([...rows, { day: nextDay, start: last?.start ?? '09:00', end: last?.end ?? '17:00' }]);
  };
  const fillWeekdays = () => {
    const first = rows[0] ?? { day: 1, start: '09:00', end: '17:00' };
    onChange([1, 2, 3, 4, 5].map((day) => ({ day, start: first.start, end: first.end })));
  };
  const listError = errorFor(path) && !rows.some((_, i) => errorFor(`${path}.${i}`)) ? errorFor(path) : undefined;
  return (
    <fieldset aria-describedby={listError ? `${fieldId(path)}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {rows.length === 0 && <p className="mt-1 text-sm text-slate-500">No hours yet.</p>}
      <ol className="mt-1 flex flex-col gap-2">
        {rows.map((r, i) => {
          const p = `${path}.${i}`;
          const overnight = /^\d\d:\d\d$/.test(r.start) && /^\d\d:\d\d$/.test(r.end) && r.end <= r.start;
          const rowError = errorFor(`${p}.day`) ?? errorFor(`${p}.start`) ?? errorFor(`${p}.end`) ?? errorFor(p);
          return (
            <li key={i} data-testid="hours-row">
              <div className="flex items-center gap-2">
                <select
                  aria-label={`Day ${i + 1}`}
                  id={fieldId(`${p}.day`)}
                  value={r.day}
                  onChange={(e) => set(i, { day: Number(e.target.value) })}
                  className={cx(inputBase, 'w-36')}
                  aria-invalid={errorFor(`${p}.day`) ? true : undefined}
                >
                  {DAY_ORDER.map((d) => (
                    <option key={d} value={d}>
                      {DAY_NAMES[d]}
                    </option>
                  ))}
                </select>
                <input
                  inputMode="numeric"
                  maxLength={5}
                  placeholder="HH:MM"
                  aria-label={`Start ${i + 1}`}
                  id={fieldId(`${p}.start`)}
                  value={r.start}
                  onChange={(e) => set(i, { start: e.target.value })}
                  className={cx(inputBase, 'w-24 text-center font-mono tabular-nums')}
                  aria-invalid={errorFor(`${p}.start`) ? true : undefined}
                  aria-describedby={rowError ? `${fieldId(p)}-error` : undefined}
                />
                <span className="text-sm text-slate-500">to</span>
                <input
                  inputMode="numeric"
                  maxLength={5}
                  placeholder="HH:MM"
                  aria-label={`End ${i + 1}`}
                  id={fieldId(`${p}.end`)}
                  value={r.end}
                  onChange={(e) => set(i, { end: e.target.value })}
                  className={cx(inputBase, 'w-24 text-center font-mono tabular-nums')}
                  aria-invalid={errorFor(`${p}.end`) ? true : undefined}
                  aria-describedby={rowError ? `${fieldId(p)}-error` : undefined}
                />
                <span className="w-28 text-xs whitespace-nowrap text-slate-500">{overnight ? (r.end === r.start ? '24 hours' : 'ends next day') : ''}</span>
                <button type="button" className={buttonClass('ghost', 'sm')} onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove ${DAY_NAMES[r.day]} ${r.start}–${r.end}`}>
                  Remove
                </button>
              </div>
              {rowError && (
                <p id={`${fieldId(p)}-error`} className="mt-1 text-xs font-medium text-red-700">
                  {rowError}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="mt-2 flex gap-2">
        <button type="button" className={buttonClass('secondary')} onClick={add}>
          Add a day
        </button>
        <button type="button" className={buttonClass('ghost')} onClick={fillWeekdays}>
          {rows.length ? 'Use the first row for Mon–Fri' : 'Mon–Fri 09:00–17:00'}
        </button>
      </div>
      {listError && (
        <p id={`${fieldId(path)}-error`} className="mt-1 text-xs font-medium text-red-700">
          {listError}
        </p>
      )}
    </fieldset>
  );
}
