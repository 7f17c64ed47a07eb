import { Badge } from '@/components/ui/badge';
import { statusLabel } from '@/lib/ui/format';

const styles: Record<string, string> = {
  open: 'bg-sky-50 text-sky-800 ring-sky-200',
  pending: 'bg-violet-50 text-violet-800 ring-violet-200',
  snoozed: 'bg-slate-100 text-slate-700 ring-slate-300',
  resolved: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
};

export function StatusPill({ status }: { status: string }) {
  return (
    <Badge className={styles[status] ?? styles.snoozed}>
      <span data-status={status}>{statusLabel[status] ?? status}</span>
    </Badge>
  );
}
