// SEV1 (critical) to SEV4 (low): red, orange, amber, slate.
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';

export const SEVERITIES = {
  1: { label: 'SEV1', meaning: 'Critical', className: 'bg-red-600 text-white ring-red-600', dot: 'bg-red-600' },
  2: { label: 'SEV2', meaning: 'High', className: 'bg-orange-100 text-orange-800 ring-orange-300', dot: 'bg-orange-500' },
  3: { label: 'SEV3', meaning: 'Medium', className: 'bg-amber-50 text-amber-800 ring-amber-300', dot: 'bg-amber-400' },
  4: { label: 'SEV4', meaning: 'Low', className: 'bg-slate-100 text-slate-600 ring-slate-300', dot: 'bg-slate-400' },
} as const;

function sev(n: number) {
  return SEVERITIES[Math.min(4, Math.max(1, Math.round(n))) as 1 | 2 | 3 | 4];
}

export function SeverityBadge({ severity, className }: { severity: number; className?: string }) {
  const s = sev(severity);
  return (
    <Badge className={cx(s.className, className)} title={`${s.label}: ${s.meaning}`}>
      {s.label}
    </Badge>
  );
}

export function SeverityDot({ severity }: { severity: number }) {
  return <span aria-hidden="true" className={cx('inline-block h-2 w-2 shrink-0 rounded-full', sev(severity).dot)} />;
}
