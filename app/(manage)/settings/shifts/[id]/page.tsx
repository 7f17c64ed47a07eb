// Edit or delete a shift (managers). Another workspace's id is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { shiftInclude, shiftView } from '@/lib/settings/shift-view';
import { PageHeader } from '@/components/settings/page-header';
import { ShiftForm } from '@/components/settings/shift-form';
import { DeleteShift } from '@/components/settings/delete-actions';

export const metadata: Metadata = { title: 'Edit shift · Settings · Switchboard' };

export default async function EditShiftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requireCaller(`/settings/shifts/${encodeURIComponent(id)}`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const row = id.length <= 64 ? await db.shift.findUnique({ where: { id }, include: shiftInclude }) : null;
  if (!row) notFound();
  const shift = shiftView(row);
  const [o, workspace] = await Promise.all([loadSettingOptions(db), currentWorkspace(caller.workspaceId)]);
  const members = o.members.some((m) => m.value === shift.membershipId) ? o.members : [...o.members, { value: shift.membershipId, label: `${shift.member.name} (inactive)` }];
  const title = `${shift.member.name}: ${shift.name || 'shift'}`;
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title={title} back={{ href: '/settings/shifts', label: 'Shifts' }} action={<DeleteShift id={shift.id} name={title} />} />
      <ShiftForm shift={shift} members={members} teams={o.teamsById} timeZones={Intl.supportedValuesOf('timeZone')} defaultTimezone={workspace?.timezone ?? 'UTC'} />
    </section>
  );
}
