// A compact age ("12 min", "3 h", "2 d") with the exact time on hover.
import { formatAge, formatDateTime } from '@/lib/ui/format';

export function Age({ at, timeZone, now, prefix }: { at: Date; timeZone: string; now: Date; prefix?: string }) {
  return (
    <time dateTime={at.toISOString()} title={formatDateTime(at, timeZone)} className="whitespace-nowrap tabular-nums">
      {prefix}
      {formatAge(at, now)}
    </time>
  );
}
