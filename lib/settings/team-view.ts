// Teams and members as the API and the settings pages show them: each team
// with its mode, manager, auto-acknowledgement and members (seat capacity,
// effective capacity, lead, open work); each member with languages, skills,
// default capacity, seniority, active flag and teams.
import type { AutoAckSettings } from '@/lib/sla/auto-ack-settings';
import type { ScopedDb } from '@/lib/tenancy';

export type TeamMemberView = { membershipId: string; name: string; role: string; active: boolean; capacity: number | null; effectiveCapacity: number; isLead: boolean; openCount: number };
export type TeamView = {
  id: string;
  key: string;
  name: string;
  description: string;
  assignmentMode: 'round_robin' | 'least_loaded' | 'manual';
  managerId: string | null;
  manager: { id: string; name: string } | null;
  settings: { autoAck: AutoAckSettings | null };
  members: TeamMemberView[];
};
export type MemberView = {
  id: string;
  name: string;
  email: string;
  role: string;
  title: string | null;
  languages: string[];
  skills: string[];
  capacity: number;
  isSenior: boolean;
  active: boolean;
  teams: { id: string; key: string; name: string; capacity: number | null; isLead: boolean }[];
  openCount: number;
};

type Db = Pick<ScopedDb, 'team' | 'membership' | 'conversation'>;

const autoAckOf = (settings: unknown) => ((settings as { autoAck?: AutoAckSettings } | null)?.autoAck ?? null) as AutoAckSettings | null;

async function openCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db.conversation.groupBy({ by: ['assigneeId'], where: { status: { in: ['open', 'pending'] }, assigneeId: { not: null } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.assigneeId!, r._count._all]));
}

export async function loadTeams(db: Db, where: { id?: string } = {}): Promise<TeamView[]> {
  const [teams, open] = await Promise.all([
    db.team.findMany({
      where,
      orderBy: { name: 'asc' },
      include: {
        manager: { select: { id: true, user: { select: { name: true } } } },
        members: { include: { membership: { select: { id: true, role: true, active: true, capacity: true, user: { select: { name: true } } } } } },
      },
    }),
    openCounts(db),
  ]);
  return teams.map((t) => ({
    id: t.id,
    key: t.key,
    name: t.name,
    description: t.description,
    assignmentMode: t.assignmentMode,
    managerId: t.managerId,
    manager: t.manager ? { id: t.manager.id, name: t.manager.user.name } : null,
    settings: { autoAck: autoAckOf(t.settings) },
    members: t.members
      .map((m) => ({
        membershipId: m.membershipId,
        name: m.membership.user.name,
        role: m.membership.role,
        active: m.membership.active,
        capacity: m.capacity,
        effectiveCapacity: m.capacity ?? m.membership.capacity,
        isLead: m.isLead,
        openCount: open.get(m.membershipId) ?? 0,
      }))
      .sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.name.localeCompare(b.name)),
  }));
}

export async function loadMembers(db: Db, where: { id?: string } = {}): Promise<MemberView[]> {
  const [rows, open] = await Promise.all([
    db.membership.findMany({
      where,
      include: { user: { select: { name: true, email: true } }, teams: { include: { team: { select: { id: true, key: true, name: true } } } } },
      orderBy: { user: { name: 'asc' } },
    }),
    openCounts(db),
  ]);
  return rows.map((m) => ({
    id: m.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    title: m.title,
    languages: m.languages,
    skills: m.skills,
    capacity: m.capacity,
    isSenior: m.isSenior,
    active: m.active,
    teams: m.teams.map((t) => ({ ...t.team, capacity: t.capacity, isLead: t.isLead })).sort((a, b) => a.name.localeCompare(b.name)),
    openCount: open.get(m.id) ?? 0,
  }));
}
