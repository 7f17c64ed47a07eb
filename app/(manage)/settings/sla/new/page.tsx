// Add an SLA policy (managers).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { PageHeader } from '@/components/settings/page-header';
import { SlaPolicyForm } from '@/components/settings/sla-policy-form';

export const metadata: Metadata = { title: 'Add an SLA policy · Settings · Switchboard' };

export default async function NewSlaPolicyPage() {
  const caller = await requireCaller('/settings/sla/new');
  if (!hasRole(caller.role, 'manager')) notFound();
  const workspace = await currentWorkspace(caller.workspaceId);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title="Add an SLA policy" back={{ href: '/settings/sla', label: 'SLA policies' }} />
      <SlaPolicyForm timeZones={Intl.supportedValuesOf('timeZone')} defaultTimezone={workspace?.timezone ?? 'UTC'} />
    </section>
  );
}
