// A channel's health as a coloured label with the reason on hover.
import { Badge } from '@/components/ui/badge';
import type { ChannelHealth, HealthState } from '@/lib/channels/list-channel-health';

const STYLES: Record<HealthState, { label: string; className: string }> = {
  ok: { label: 'Receiving', className: 'bg-emerald-50 text-emerald-800 ring-emerald-200' },
  failing: { label: 'Failing', className: 'bg-red-50 text-red-800 ring-red-200' },
  quiet: { label: 'Quiet', className: 'bg-amber-50 text-amber-900 ring-amber-300' },
  waiting: { label: 'No events yet', className: 'bg-slate-100 text-slate-700 ring-slate-300' },
  disabled: { label: 'Disabled', className: 'bg-slate-100 text-slate-600 ring-slate-300' },
};

export function ChannelHealthBadge({ health }: { health: ChannelHealth }) {
  const s = STYLES[health.state];
  return (
    <Badge className={s.className} title={health.reason}>
      {s.label}
    </Badge>
  );
}
