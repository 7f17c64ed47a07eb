// The channel's limits under the editor: a compact counter ("2 SMS segments ·
// 214/306") that turns amber when the reply costs more or is near a limit and
// red when the channel would refuse it, plus the reason in words. Send is
// disabled by the editor for a block; this only shows why.
import type { ChannelLimits } from '@/lib/outbound/channel-limits';
import { cx } from '@/components/ui/cx';

const TONE = { ok: 'text-slate-500', warn: 'text-amber-700', block: 'text-red-700' } as const;

export function ChannelCounter({ limits, now }: { limits: ChannelLimits; now: Date }) {
  const w = limits.window;
  const left = w?.open && w.closesAt ? w.closesAt.getTime() - now.getTime() : null;
  return (
    <>
      {left !== null && left > 0 && (
        <span data-testid="channel-window" className={cx('text-xs', left < 2 * 3_600_000 ? 'text-amber-700' : 'text-slate-500')}>
          {w?.humanAgent ? 'Human-agent window' : '24 h window'}: {formatLeft(left)} left
        </span>
      )}
      {limits.counter && (
        <span data-testid="channel-counter" data-level={limits.counterLevel} className={cx('font-mono text-xs tabular-nums', TONE[limits.counterLevel])}>
          {limits.counter}
        </span>
      )}
    </>
  );
}

function formatLeft(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  if (h >= 24) return `${Math.floor(h / 24)} d ${h % 24} h`;
  return h ? `${h} h` : `${Math.max(1, Math.round(ms / 60_000))} min`;
}

// alternatives: the customer has other channels; a closed window is not the end of it.
export function ChannelNotice({ limits, id, alternatives = false }: { limits: ChannelLimits; id: string; alternatives?: boolean }) {
  if (!limits.reason || limits.level === 'ok') return null;
  const block = limits.level === 'block';
  return (
    <div
      id={id}
      data-testid="channel-notice"
      data-level={limits.level}
      role={block ? 'alert' : 'status'}
      className={cx('mb-2 flex items-start gap-2 rounded-md border px-3 py-2 text-xs', block ? 'border-red-200 bg-red-50 text-red-800' : 'border-amber-200 bg-amber-50 text-amber-900')}
    >
      <span aria-hidden="true" className="mt-px">{block ? '⛔' : '⚠'}</span>
      <p>
        {limits.reason}
        {alternatives && ' Or reply on another of the customer’s channels (“Reply on”).'}
      </p>
    </div>
  );
}
