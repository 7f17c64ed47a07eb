'use client';
// "Snooze" (shortcut s): hide the conversation until a time — in 1 hour,
// tomorrow 9:00 or next Monday 9:00 in the WORKSPACE's time zone, or a custom
// date and time (also read in that zone). It comes back by itself
// (wake-snoozed-conversations.ts); "Unsnooze" brings it back now.
import { useMemo, useState } from 'react';
import { setConversationStatusAction } from '@/app/(inbox)/inbox/actions';
import { parseLocalDateTime, snoozePresets, toLocalDateTimeValue } from '@/lib/conversations/snooze-presets';
import { cityOf, formatLocalTime } from '@/lib/sla/zoned-time';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { inputClass } from '@/components/settings/form-styles';
import { FilterList, type FilterItem } from './filter-list';
import { Popover } from './popover';
import type { ActionAnswer } from './use-run-action';

type Props = {
  conversationId: string;
  timeZone: string;
  disabled: boolean;
  run: (label: string, fn: () => Promise<ActionAnswer>, onDone?: () => void) => void;
};

export function SnoozePicker(props: Props) {
  return (
    <Popover label="Snooze" shortcut="s" panelLabel="Snooze until" disabled={props.disabled} width="w-80">
      {(close) => <SnoozePanel {...props} close={close} />}
    </Popover>
  );
}

function SnoozePanel({ conversationId, timeZone, run, close }: Props & { close: () => void }) {
  const now = useMemo(() => new Date(), []);
  const presets = useMemo(() => snoozePresets(now, timeZone), [now, timeZone]);
  const [custom, setCustom] = useState(() => toLocalDateTimeValue(presets[1].until, timeZone));
  const [error, setError] = useState<string | null>(null);
  const snooze = (until: Date) => {
    close();
    run('snooze', () => setConversationStatusAction({ conversationId, status: 'snoozed', snoozedUntil: until }));
  };
  const items: FilterItem[] = presets.map((p) => ({
    id: p.key,
    text: p.label,
    content: (
      <span className="flex flex-1 items-center justify-between gap-2">
        <span>{p.label}</span>
        <span className="text-[11px] text-slate-500">{formatLocalTime(p.until, timeZone, now)}</span>
      </span>
    ),
  }));
  return (
    <>
      <FilterList label="Snooze until" placeholder="Filter…" items={items} onChoose={(i) => snooze(presets.find((p) => p.key === i.id)!.until)} />
      <form
        className="flex flex-col gap-1.5 border-t border-slate-100 p-3"
        onSubmit={(e) => {
          e.preventDefault();
          const until = parseLocalDateTime(custom, timeZone);
          if (!until) return setError('Pick a date and a time.');
          if (until.getTime() <= Date.now()) return setError('Pick a time in the future.');
          snooze(until);
        }}
      >
        <label htmlFor="snooze-custom" className="text-xs font-medium text-slate-700">
          Custom <span className="font-normal text-slate-500">({cityOf(timeZone)} time)</span>
        </label>
        <div className="flex gap-2">
          <input
            id="snooze-custom"
            type="datetime-local"
            className={cx(inputClass, 'h-8 min-w-0 text-sm')}
            value={custom}
            min={toLocalDateTimeValue(now, timeZone)}
            aria-invalid={!!error || undefined}
            aria-describedby={error ? 'snooze-custom-error' : undefined}
            onChange={(e) => {
              setCustom(e.target.value);
              setError(null);
            }}
          />
          <button type="submit" className={buttonClass('primary')}>
            Snooze
          </button>
        </div>
        {error && (
          <p id="snooze-custom-error" role="alert" className="text-xs text-red-700">
            {error}
          </p>
        )}
      </form>
    </>
  );
}
