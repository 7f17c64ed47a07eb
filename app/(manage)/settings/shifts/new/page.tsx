// Add a shift (managers), optionally for a given person (?member=).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { PageHeader } from '@/components/settings/page-header';
import { ShiftForm } from '@/components/settings/shift-form';

export const metadata: Metadata = { title: 'Add a shift · Settings · Switchboard' };

export default async function NewShiftPage({ searchParams }: { searchParams: Promise<{ member?: string }> }) {
  const caller = await requireCaller('/settings/shifts/new');
  if (!hasRole(caller.role, 'manager')) notFound();
  const [o, workspace, { member }] = await Promise.all([loadSettingOptions(scopedDb(caller.workspaceId)), currentWorkspace(caller.workspaceId), searchParams]);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title="Add a shift" back={{ href: '/settings/shifts', label: 'Shifts' }} />
      <ShiftForm members={o.members} teams={o.teamsById} timeZones={Intl.supportedValuesOf('timeZone')} defaultTimezone={workspace?.timezone ?? 'UTC'} defaultMemberId={o.members.find((m) => m.value === member)?.value} />
    </section>
  );
}
