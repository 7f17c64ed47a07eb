// Routing rules, in the order routing checks them: what each one matches and
// what it does, with reordering, and the defaults that apply when no rule
// names a team.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { listRoutingRules } from '@/lib/settings/list-routing-rules';
import { describeRoutingRule } from '@/lib/settings/describe-routing-rule';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { DEFAULT_TAG_TEAMS } from '@/lib/routing/decide-route';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { PageHeader, SavedNotice } from '@/components/settings/page-header';
import { MoveRuleButtons } from '@/components/settings/move-rule-buttons';

export const metadata: Metadata = { title: 'Routing rules · Settings · Switchboard' };

export default async function RoutingRulesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const caller = await requireCaller('/settings/routing');
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const [rules, options, { saved }] = await Promise.all([listRoutingRules({ db }), loadSettingOptions(db), searchParams]);
  const defaults = DEFAULT_TAG_TEAMS.filter(([, team]) => options.names.teams.has(team));

  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader
        title="Routing rules"
        description="Which team gets a conversation and who in it. Rules are checked from the top: the first rule that names a team decides it; language needs, direct assignments and paging the senior on call add up from every matching rule."
        action={
          <Link href="/settings/routing/new" className={buttonClass('primary', 'md')}>
            Add rule
          </Link>
        }
      />
      {saved && <SavedNotice>Saved “{rules.find((r) => r.id === saved)?.name ?? 'rule'}”.</SavedNotice>}
      {rules.length === 0 && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">No rules yet: the defaults below decide.</p>}
      <ol className="flex flex-col gap-2" aria-label="Rules in order">
        {rules.map((r, i) => {
          const d = describeRoutingRule(r.conditions, r.action, options.names);
          return (
            <li key={r.id} data-rule-id={r.id} className={cx('flex items-start gap-3 rounded-lg border bg-white p-4 shadow-sm', r.enabled ? 'border-slate-200' : 'border-dashed border-slate-300 opacity-75')}>
              <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-700" aria-label={`Position ${i + 1}`}>
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-sm font-semibold text-slate-900">{r.name}</h2>
                  {!r.enabled && <span className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600">Off</span>}
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  <span className="text-slate-500">When</span> {d.when.join(' · ')} <span className="text-slate-500">→</span> {d.then.join(' · ')}
                </p>
              </div>
              <MoveRuleButtons id={r.id} name={r.name} position={i} last={i === rules.length - 1} />
              <Link href={`/settings/routing/${r.id}`} className={buttonClass('secondary', 'sm')} aria-label={`Edit ${r.name}`}>
                Edit
              </Link>
            </li>
          );
        })}
      </ol>
      <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm">
        <h2 className="text-sm font-semibold text-slate-900">When no rule names a team</h2>
        <p className="mt-1">
          The tag decides, in this order: {defaults.map(([tag, team]) => `${options.names.tags.get(tag) ?? tag} → ${options.names.teams.get(team)}`).join(', ')}. A SEV1 always pages the senior on call.
        </p>
      </div>
    </section>
  );
}
