// Shifts: when each person works, in their own time zone, who is on shift
// right now, and who is on call. Routing, handoffs and digests all read these.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { listShifts } from '@/lib/settings/list-shifts';
import { summarizeHours } from '@/lib/settings/summarize-hours';
import { isOnShift } from '@/lib/routing/is-on-shift';
import { cityOf } from '@/lib/sla/zoned-time';
import { buttonClass } from '@/components/ui/button-styles';
import { PageHeader, SavedNotice } from '@/components/settings/page-header';

export const metadata: Metadata = { title: 'Shifts · Settings · Switchboard' };

export default async function ShiftsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const caller = await requireCaller('/settings/shifts');
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const [shifts, people, workspace, { saved }] = await Promise.all([
    listShifts({ db }),
    db.membership.findMany({ where: { active: true }, select: { id: true, user: { select: { name: true } }, teams: { select: { team: { select: { name: true } } } } }, orderBy: { user: { name: 'asc' } } }),
    currentWorkspace(caller.workspaceId),
    searchParams,
  ]);
  const now = new Date();
  const byPerson = new Map<string, typeof shifts>();
  for (const s of shifts) byPerson.set(s.membershipId, [...(byPerson.get(s.membershipId) ?? []), s]);
  const onNow = shifts.filter((s) => isOnShift(s, now));
  const onNames = [...new Set(onNow.map((s) => s.member.name))];

  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader
        title="Shifts"
        description={`When each person works, in their own time zone. Routing only assigns to people on shift; out of hours a conversation waits with a handoff to the next person on shift. People without shifts count as always available. Workspace time zone: ${workspace?.timezone ?? 'UTC'}.`}
        action={
          <Link href="/settings/shifts/new" className={buttonClass('primary', 'md')}>
            Add shift
          </Link>
        }
      />
      {saved && <SavedNotice>Shift saved.</SavedNotice>}
      <p className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700" data-testid="on-shift-now">
        <span className="font-medium text-slate-900">On shift now:</span> {onNames.length ? onNames.join(', ') : 'nobody with a shift'}
      </p>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">Person</th>
              <th scope="col" className="px-4 py-2">Shift</th>
              <th scope="col" className="px-4 py-2">Hours</th>
              <th scope="col" className="px-4 py-2">For</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          {people.map((p) => {
            const mine = byPerson.get(p.id) ?? [];
            const person = (rows: number) => (
              <th scope="rowgroup" rowSpan={rows} className="w-56 px-4 py-2.5 align-top font-normal">
                <span className="block font-medium text-slate-900">{p.user.name}</span>
                <span className="block text-xs text-slate-500">{p.teams.map((t) => t.team.name).join(', ') || 'no team'}</span>
                <Link href={`/settings/shifts/new?member=${p.id}`} className="mt-1 inline-block text-xs text-brand-700 hover:underline" aria-label={`Add a shift for ${p.user.name}`}>
                  + Add shift
                </Link>
              </th>
            );
            return (
              <tbody key={p.id} data-person-id={p.id} className="border-b border-slate-200 last:border-b-0">
                {mine.length === 0 && (
                  <tr>
                    {person(1)}
                    <td colSpan={4} className="px-4 py-2.5 align-top text-slate-500">
                      No shifts: always available to routing.
                    </td>
                  </tr>
                )}
                {mine.map((s, i) => {
                  const on = isOnShift(s, now);
                  return (
                    <tr key={s.id} data-shift-id={s.id} className={i > 0 ? 'border-t border-slate-100' : undefined}>
                      {i === 0 && person(mine.length)}
                      <td className="px-4 py-2.5 align-top">
                        <span className="flex items-center gap-2">
                          <span className={on ? 'h-2 w-2 shrink-0 rounded-full bg-emerald-500' : 'h-2 w-2 shrink-0 rounded-full bg-slate-300'} title={on ? 'On shift now' : 'Off shift now'} aria-label={on ? 'On shift now' : 'Off shift now'} />
                          <span className="font-medium text-slate-800">{s.name || 'Shift'}</span>
                          {s.onCall && <span className="rounded bg-red-50 px-1.5 py-0.5 text-[11px] font-semibold whitespace-nowrap text-red-800 ring-1 ring-red-200 ring-inset">On call</span>}
                        </span>
                      </td>
                      <td className="px-4 py-2.5 align-top text-slate-700">
                        {summarizeHours(s.weeklyHours)} <span className="text-slate-500">({cityOf(s.timezone)} time)</span>
                      </td>
                      <td className="px-4 py-2.5 align-top text-slate-600">{s.team ? s.team.name : 'all their teams'}</td>
                      <td className="px-4 py-2.5 text-right align-top">
                        <Link href={`/settings/shifts/${s.id}`} className={buttonClass('secondary', 'sm')} aria-label={`Edit ${s.name || 'shift'} of ${p.user.name}`}>
                          Edit
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
