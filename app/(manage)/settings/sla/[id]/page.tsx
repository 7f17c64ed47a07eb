// Edit or delete an SLA policy (managers). Another workspace's id is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { slaPolicyView } from '@/lib/settings/sla-policy-view';
import { PageHeader } from '@/components/settings/page-header';
import { SlaPolicyForm } from '@/components/settings/sla-policy-form';
import { DeleteSlaPolicy } from '@/components/settings/delete-actions';

export const metadata: Metadata = { title: 'Edit SLA policy · Settings · Switchboard' };

export default async function EditSlaPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requireCaller(`/settings/sla/${encodeURIComponent(id)}`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const row = id.length <= 64 ? await scopedDb(caller.workspaceId).slaPolicy.findUnique({ where: { id } }) : null;
  if (!row) notFound();
  const { createdAt: _c, ...policy } = slaPolicyView(row);
  const workspace = await currentWorkspace(caller.workspaceId);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title={policy.name} back={{ href: '/settings/sla', label: 'SLA policies' }} action={<DeleteSlaPolicy id={policy.id} name={policy.name} />} />
      <SlaPolicyForm policy={policy} timeZones={Intl.supportedValuesOf('timeZone')} defaultTimezone={workspace?.timezone ?? 'UTC'} />
    </section>
  );
}
