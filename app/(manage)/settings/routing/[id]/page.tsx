// Edit or delete a routing rule (managers). Another workspace's id is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { routingRuleView } from '@/lib/settings/routing-rule-view';
import { PageHeader } from '@/components/settings/page-header';
import { RoutingRuleForm } from '@/components/settings/routing-rule-form';
import { DeleteRoutingRule } from '@/components/settings/delete-actions';

export const metadata: Metadata = { title: 'Edit routing rule · Settings · Switchboard' };

export default async function EditRoutingRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requireCaller(`/settings/routing/${encodeURIComponent(id)}`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const row = id.length <= 64 ? await db.routingRule.findUnique({ where: { id } }) : null;
  if (!row) notFound();
  const rule = routingRuleView(row);
  const o = await loadSettingOptions(db);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title={rule.name} back={{ href: '/settings/routing', label: 'Routing rules' }} action={<DeleteRoutingRule id={rule.id} name={rule.name} />} />
      <RoutingRuleForm rule={rule} tags={o.tags} teams={o.teamsByKey} members={o.members} />
    </section>
  );
}
