// The choices settings forms offer: tags, teams and active people of the
// workspace, as { value, label } lists (teams by key or by id).
import type { ScopedDb } from '@/lib/tenancy';

export type Option = { value: string; label: string };

export async function loadSettingOptions(db: ScopedDb) {
  const [tags, teams, members] = await Promise.all([
    db.tag.findMany({ select: { key: true, name: true }, orderBy: [{ isDefault: 'desc' }, { name: 'asc' }] }),
    db.team.findMany({ select: { id: true, key: true, name: true }, orderBy: { name: 'asc' } }),
    db.membership.findMany({ where: { active: true }, select: { id: true, user: { select: { name: true } } }, orderBy: { user: { name: 'asc' } } }),
  ]);
  return {
    tags: tags.map((t) => ({ value: t.key, label: t.name })),
    teamsByKey: teams.map((t) => ({ value: t.key, label: t.name })),
    teamsById: teams.map((t) => ({ value: t.id, label: t.name })),
    members: members.map((m) => ({ value: m.id, label: m.user.name })),
    names: {
      tags: new Map(tags.map((t) => [t.key, t.name])),
      teams: new Map(teams.map((t) => [t.key, t.name])),
      members: new Map(members.map((m) => [m.id, m.user.name])),
    },
  };
}
