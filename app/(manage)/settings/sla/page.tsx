// SLA policies: response and resolution targets per severity and channel,
// in calendar time or business hours. The most specific enabled policy
// applies to a conversation.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { listSlaPolicies } from '@/lib/settings/list-sla-policies';
import { PROVIDER_LABEL } from '@/lib/settings/describe-routing-rule';
import { summarizeHours } from '@/lib/settings/summarize-hours';
import { formatMinutes } from '@/lib/triage/compute-priority';
import { cityOf } from '@/lib/sla/zoned-time';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { PageHeader, SavedNotice } from '@/components/settings/page-header';

export const metadata: Metadata = { title: 'SLA policies · Settings · Switchboard' };

const target = (m: number | null) => (m === null ? <span className="text-slate-400">—</span> : formatMinutes(m));

export default async function SlaPoliciesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const caller = await requireCaller('/settings/sla');
  if (!hasRole(caller.role, 'manager')) notFound();
  const [policies, { saved }] = await Promise.all([listSlaPolicies({ db: scopedDb(caller.workspaceId) }), searchParams]);

  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader
        title="SLA policies"
        description="How fast conversations must be answered and resolved. For each conversation the most specific enabled policy applies: severity and channel, then severity, then channel, then a default. Changes apply to conversations whose clock starts or restarts from now on."
        action={
          <Link href="/settings/sla/new" className={buttonClass('primary', 'md')}>
            Add policy
          </Link>
        }
      />
      {saved && <SavedNotice>Saved “{policies.find((p) => p.id === saved)?.name ?? 'policy'}”.</SavedNotice>}
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">Policy</th>
              <th scope="col" className="px-4 py-2">Applies to</th>
              <th scope="col" className="px-4 py-2">First response</th>
              <th scope="col" className="px-4 py-2">Next response</th>
              <th scope="col" className="px-4 py-2">Resolution</th>
              <th scope="col" className="px-4 py-2">Counting</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {policies.length === 0 && (
              <tr>
                <td colSpan={7} className="px-4 py-8 text-center text-slate-500">No policies: conversations have no SLA.</td>
              </tr>
            )}
            {policies.map((p) => (
              <tr key={p.id} data-policy-id={p.id} className={cx(!p.enabled && 'text-slate-400')}>
                <td className="px-4 py-2.5 font-medium text-slate-900">
                  {p.name}
                  {!p.enabled && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600">Off</span>}
                </td>
                <td className="px-4 py-2.5">
                  <span className="flex items-center gap-1.5 whitespace-nowrap">
                    {p.severity ? <SeverityBadge severity={p.severity} /> : <span className="text-slate-600">Any severity</span>}
                    <span className="text-slate-600">· {p.provider ? PROVIDER_LABEL[p.provider] : 'any channel'}</span>
                  </span>
                </td>
                <td className="px-4 py-2.5 tabular-nums">{target(p.firstResponseMinutes)}</td>
                <td className="px-4 py-2.5 tabular-nums">{target(p.nextResponseMinutes)}</td>
                <td className="px-4 py-2.5 tabular-nums">{target(p.resolutionMinutes)}</td>
                <td className="px-4 py-2.5 text-slate-600">
                  {p.businessHoursOnly && p.businessHours ? (
                    <span title={summarizeHours(p.businessHours.days)}>
                      Business hours ({cityOf(p.businessHours.timezone)})<span className="block text-xs text-slate-500">{summarizeHours(p.businessHours.days)}</span>
                    </span>
                  ) : (
                    'Around the clock'
                  )}
                </td>
                <td className="px-4 py-2.5 text-right">
                  <Link href={`/settings/sla/${p.id}`} className={buttonClass('secondary', 'sm')} aria-label={`Edit ${p.name}`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
