// One team (managers): its settings and its people with their seats.
// Another workspace's id is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { loadTeams } from '@/lib/settings/team-view';
import { loadSettingOptions } from '@/lib/settings/load-setting-options';
import { describeAvailability } from '@/lib/handoffs/describe-availability';
import { PageHeader } from '@/components/settings/page-header';
import { TeamForm } from '@/components/settings/team-form';
import { TeamMembersEditor } from '@/components/settings/team-members-editor';

export const metadata: Metadata = { title: 'Team · Settings · Switchboard' };

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requireCaller(`/settings/teams/${encodeURIComponent(id)}`);
  if (!hasRole(caller.role, 'manager')) notFound();
  const db = scopedDb(caller.workspaceId);
  const [team] = id.length <= 64 ? await loadTeams(db, { id }) : [];
  if (!team) notFound();
  const [o, workspace, people] = await Promise.all([
    loadSettingOptions(db),
    currentWorkspace(caller.workspaceId),
    db.membership.findMany({ where: { id: { in: team.members.map((m) => m.membershipId) } }, select: { id: true, capacity: true, shifts: { select: { name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true } } } }),
  ]);
  const now = new Date();
  const tz = workspace?.timezone ?? 'UTC';
  const byId = new Map(people.map((p) => [p.id, p]));
  const seats = team.members.map((m) => {
    const a = describeAvailability(byId.get(m.membershipId)?.shifts ?? [], team.id, now, tz);
    return { membershipId: m.membershipId, name: m.name, active: m.active, capacity: m.capacity, defaultCapacity: byId.get(m.membershipId)?.capacity ?? 10, isLead: m.isLead, openCount: m.openCount, availability: a.label, onShift: a.on };
  });
  const inTeam = new Set(team.members.map((m) => m.membershipId));
  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-5 px-6 py-6" aria-labelledby="page-title">
      <PageHeader title={team.name} back={{ href: '/settings/teams', label: 'Teams & people' }} description={`Key “${team.key}” (used by routing rules and the API).`} />
      <section aria-labelledby="members-title" className="flex flex-col gap-2">
        <h2 id="members-title" className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
          People in {team.name}
        </h2>
        <TeamMembersEditor teamId={team.id} teamName={team.name} seats={seats} others={o.members.filter((m) => !inTeam.has(m.value))} />
      </section>
      <TeamForm
        team={{ id: team.id, name: team.name, description: team.description, assignmentMode: team.assignmentMode, managerId: team.managerId, autoAck: team.settings.autoAck }}
        members={o.members}
      />
    </section>
  );
}
