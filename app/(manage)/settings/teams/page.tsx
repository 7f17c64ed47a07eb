// Teams and people: how each team shares out work (mode, manager, capacity,
// who is on shift), and each person's languages, skills, capacity and
// seniority. Managers change them here; routing reads them at once.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { listTeams } from '@/lib/settings/list-teams';
import { listMembers } from '@/lib/settings/list-members';
import { describeTeamAvailability } from '@/lib/handoffs/describe-availability';
import { roleLabel } from '@/lib/ui/format';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { PageHeader, SavedNotice } from '@/components/settings/page-header';

export const metadata: Metadata = { title: 'Teams & people · Settings · Switchboard' };

const MODE_LABEL = { round_robin: 'Round robin', least_loaded: 'Least loaded', manual: 'Manual' } as const;

export default async function TeamsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const caller = await requireCaller('/settings/teams');
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const [teams, members, shifts, workspace, { saved }] = await Promise.all([
    listTeams({ db }),
    listMembers({ db }),
    db.shift.findMany({ select: { membershipId: true, name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true } }),
    currentWorkspace(caller.workspaceId),
    searchParams,
  ]);
  const tz = workspace?.timezone ?? 'UTC';
  const now = new Date();
  const shiftsOf = (id: string) => shifts.filter((s) => s.membershipId === id);
  const savedName = saved && (teams.find((t) => t.id === saved)?.name ?? members.find((m) => m.id === saved)?.name);

  return (
    <section className="mx-auto flex max-w-6xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title="Teams & people" description="Who is in each team, how conversations are shared out among them, and what each person can take on." />
      {savedName && <SavedNotice>Saved {savedName}.</SavedNotice>}
      <h2 className="text-sm font-semibold tracking-wide text-slate-500 uppercase">Teams</h2>
      <ul className="grid grid-cols-2 gap-3 xl:grid-cols-3">
        {teams.map((t) => {
          const active = t.members.filter((m) => m.active);
          const availability = describeTeamAvailability(active.map((m) => ({ name: m.name, shifts: shiftsOf(m.membershipId) })), t.id, now, tz);
          const open = active.reduce((n, m) => n + m.openCount, 0);
          const capacity = active.reduce((n, m) => n + m.effectiveCapacity, 0);
          return (
            <li key={t.id} data-team-id={t.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex items-center gap-2">
                <h3 className="text-sm font-semibold text-slate-900">{t.name}</h3>
                <code className="rounded bg-slate-100 px-1 text-[11px] text-slate-600">{t.key}</code>
                <Link href={`/settings/teams/${t.id}`} className={buttonClass('secondary', 'sm', 'ml-auto')} aria-label={`Manage ${t.name}`}>
                  Manage
                </Link>
              </div>
              <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-2 gap-y-1 text-sm">
                <dt className="text-slate-500">Assignment</dt>
                <dd className="text-slate-800">{MODE_LABEL[t.assignmentMode]}</dd>
                <dt className="text-slate-500">Manager</dt>
                <dd className="text-slate-800">{t.manager?.name ?? <span className="text-amber-800">none</span>}</dd>
                <dt className="text-slate-500">Members</dt>
                <dd className="text-slate-800">
                  {active.length} · {open} open of {capacity} capacity
                </dd>
                <dt className="text-slate-500">Now</dt>
                <dd className={cx('text-slate-800', !availability.on && 'text-slate-600')}>
                  <span className={cx('mr-1.5 inline-block h-2 w-2 rounded-full', availability.on ? 'bg-emerald-500' : 'bg-slate-300')} aria-hidden="true" />
                  {availability.label}
                </dd>
                <dt className="text-slate-500">Auto-reply</dt>
                <dd className="text-slate-800">{t.settings.autoAck?.enabled ? 'On' : 'Off'}</dd>
              </dl>
            </li>
          );
        })}
      </ul>

      <h2 className="mt-2 text-sm font-semibold tracking-wide text-slate-500 uppercase">People</h2>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">Person</th>
              <th scope="col" className="px-4 py-2">Teams</th>
              <th scope="col" className="px-4 py-2">Languages</th>
              <th scope="col" className="px-4 py-2">Skills</th>
              <th scope="col" className="px-4 py-2">Open / capacity</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((m) => (
              <tr key={m.id} data-member-id={m.id} className={cx(!m.active && 'text-slate-400')}>
                <td className="px-4 py-2.5">
                  <span className="font-medium text-slate-900">{m.name}</span>
                  {m.isSenior && <span className="ml-2 rounded bg-violet-50 px-1.5 py-0.5 text-[11px] font-semibold text-violet-800 ring-1 ring-violet-200 ring-inset">Senior</span>}
                  {!m.active && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600">Inactive</span>}
                  <span className="block text-xs text-slate-500">
                    {roleLabel[m.role]}
                    {m.title ? ` · ${m.title}` : ''}
                  </span>
                </td>
                <td className="px-4 py-2.5 text-slate-700">{m.teams.map((t) => `${t.name}${t.isLead ? ' (lead)' : ''}`).join(', ') || '—'}</td>
                <td className="px-4 py-2.5 text-slate-700">{m.languages.join(', ') || '—'}</td>
                <td className="px-4 py-2.5 text-slate-700">{m.skills.join(', ') || '—'}</td>
                <td className={cx('px-4 py-2.5 tabular-nums', m.openCount > m.capacity ? 'font-semibold text-amber-800' : 'text-slate-700')} title={m.openCount > m.capacity ? 'Over capacity: routing gives them nothing new' : undefined}>
                  {m.openCount} / {m.capacity}
                </td>
                <td className="px-4 py-2.5 text-right">
                  <Link href={`/settings/teams/people/${m.id}`} className={buttonClass('secondary', 'sm')} aria-label={`Edit ${m.name}`}>
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
