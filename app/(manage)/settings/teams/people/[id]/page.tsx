// One person's seat (managers): languages, skills, capacity, seniority,
// active; with their teams and shifts. Another workspace's id is a 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadMembers } from '@/lib/settings/team-view';
import { listShifts } from '@/lib/settings/list-shifts';
import { summarizeHours } from '@/lib/settings/summarize-hours';
import { cityOf } from '@/lib/sla/zoned-time';
import { roleLabel } from '@/lib/ui/format';
import { PageHeader } from '@/components/settings/page-header';
import { MemberForm } from '@/components/settings/member-form';

export const metadata: Metadata = { title: 'Person · Settings · Switchboard' };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requireCaller(`/settings/teams/people/${encodeURIComponent(id)}`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const [member] = id.length <= 64 ? await loadMembers(db, { id }) : [];
  if (!member) notFound();
  const shifts = await listShifts({ db }, { membershipId: member.id });
  const isSelf = caller.actor.type === 'user' && caller.actor.membershipId === member.id;
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title={member.name} back={{ href: '/settings/teams', label: 'Teams & people' }} description={`${roleLabel[member.role]} · ${member.email}`} />
      <div className="grid grid-cols-2 gap-3 text-sm">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="font-semibold text-slate-900">Teams</h2>
          <ul className="mt-1 text-slate-700">
            {member.teams.length === 0 && <li className="text-slate-500">No team</li>}
            {member.teams.map((t) => (
              <li key={t.id}>
                <Link href={`/settings/teams/${t.id}`} className="text-brand-700 hover:underline">
                  {t.name}
                </Link>
                {t.isLead ? ' · lead' : ''}
                {t.capacity !== null ? ` · capacity ${t.capacity}` : ''}
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="font-semibold text-slate-900">Shifts</h2>
          <ul className="mt-1 text-slate-700">
            {shifts.length === 0 && <li className="text-slate-500">None: always available</li>}
            {shifts.map((s) => (
              <li key={s.id}>
                <Link href={`/settings/shifts/${s.id}`} className="text-brand-700 hover:underline">
                  {s.name || 'Shift'}
                </Link>
                : {summarizeHours(s.weeklyHours)} ({cityOf(s.timezone)}){s.onCall ? ' · on call' : ''}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <MemberForm member={member} isSelf={isSelf} />
    </section>
  );
}
