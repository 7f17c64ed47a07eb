// Add a routing rule (managers). It goes last; move it on the list.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { PageHeader } from '@/components/settings/page-header';
import { RoutingRuleForm } from '@/components/settings/routing-rule-form';

export const metadata: Metadata = { title: 'Add a routing rule · Settings · Switchboard' };

export default async function NewRoutingRulePage() {
  const caller = await requireCaller('/settings/routing/new');
  if (!hasRole(caller.role, 'manager')) notFound();
  const o = await loadSettingOptions(scopedDb(caller.workspaceId));
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title="Add a routing rule" back={{ href: '/settings/routing', label: 'Routing rules' }} description="New rules are checked last; move them up on the list." />
      <RoutingRuleForm tags={o.tags} teams={o.teamsByKey} members={o.members} />
    </section>
  );
}
