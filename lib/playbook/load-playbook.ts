// Everything the playbook shows, for any signed-in role: each tag with what it
// means, who owns it and whether they are at work now, the next steps, where
// routing sends it (rules or the default), the rules that apply it, and a few
// recent conversations with it — what an overnight agent needs to decide
// "what do I do with a sales lead at 2 am".
import type { ScopedDb } from '@/lib/tenancy';
import { DEFAULT_TAG_TEAMS } from '@/lib/routing/decide-route';
import { routingConditions, routingAction } from '@/lib/routing/routing-rule-schema';
import { describeRoutingRule } from '@/lib/settings/describe-routing-rule';
import { describeTagRule } from '@/lib/settings/describe-tag-rule';
import { describeTeamAvailability } from '@/lib/handoffs/describe-availability';
import { splitSteps } from './split-steps';

const RECENT = 4;

export type PlaybookEntry = {
  id: string;
  key: string;
  name: string;
  color: string;
  description: string;
  steps: string[];
  owner: { name: string; description: string; manager: string | null; availability: { on: boolean; label: string } } | null;
  routing: string[];
  tagRules: { name: string; matches: string; conditions: string[] }[];
  recent: { id: string; contactName: string; subject: string | null; preview: string; severity: number; status: string; lastMessageAt: Date }[];
};

export async function loadPlaybook(db: ScopedDb, now: Date, viewerTimezone: string): Promise<PlaybookEntry[]> {
  const [tags, teams, rules, members, tagRules] = await Promise.all([
    db.tag.findMany({ orderBy: { name: 'asc' } }),
    db.team.findMany({
      select: {
        id: true,
        key: true,
        name: true,
        description: true,
        manager: { select: { user: { select: { name: true } } } },
        members: { where: { membership: { active: true } }, select: { membership: { select: { user: { select: { name: true } }, shifts: { select: { name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true } } } } } },
      },
    }),
    db.routingRule.findMany({ where: { enabled: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    db.membership.findMany({ select: { id: true, user: { select: { name: true } } } }),
    db.tagRule.findMany({ where: { enabled: true }, orderBy: { createdAt: 'asc' } }),
  ]);
  const names = {
    tags: new Map(tags.map((t) => [t.key, t.name])),
    teams: new Map(teams.map((t) => [t.key, t.name])),
    members: new Map(members.map((m) => [m.id, m.user.name])),
  };
  const parsedRules = rules.flatMap((r) => {
    const c = routingConditions.safeParse(r.conditions);
    const a = routingAction.safeParse(r.action);
    return c.success && a.success ? [{ conditions: c.data, action: a.data }] : [];
  });
  const recent = await Promise.all(
    tags.map((t) =>
      db.conversation.findMany({
        where: { tagApplications: { some: { tagId: t.id, removedAt: null } } },
        orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }],
        take: RECENT,
        select: { id: true, subject: true, preview: true, severity: true, status: true, lastMessageAt: true, contact: { select: { name: true } } },
      }),
    ),
  );

  // The default tags in the product's precedence (incident first), then the workspace's own.
  const rank = (key: string) => {
    const i = DEFAULT_TAG_TEAMS.findIndex(([tag]) => tag === key);
    return i < 0 ? DEFAULT_TAG_TEAMS.length : i;
  };
  const entries = tags.map((t, i) => {
    const team = teams.find((x) => x.id === t.ownerTeamId) ?? null;
    // Only what the rule does, and its conditions other than this tag.
    const routing = parsedRules
      .filter((r) => r.conditions.tags?.includes(t.key))
      .map((r) => {
        const { tags: _own, ...rest } = r.conditions;
        const d = describeRoutingRule(rest, r.action, names);
        const then = d.then.join(' · ');
        const when = Object.keys(rest).length ? ` when ${d.when.join(' · ')}` : '';
        return `${then.charAt(0).toUpperCase()}${then.slice(1)}${when}`;
      });
    const fallback = DEFAULT_TAG_TEAMS.find(([tag, teamKey]) => tag === t.key && names.teams.has(teamKey));
    if (!routing.some((r) => r.startsWith('Route to')) && fallback) routing.push(`Route to ${names.teams.get(fallback[1])} (the default for this tag)`);
    return {
      id: t.id,
      key: t.key,
      name: t.name,
      color: t.color,
      description: t.description,
      steps: splitSteps(t.nextSteps),
      owner: team
        ? {
            name: team.name,
            description: team.description,
            manager: team.manager?.user.name ?? null,
            availability: describeTeamAvailability(team.members.map((m) => ({ name: m.membership.user.name, shifts: m.membership.shifts })), team.id, now, viewerTimezone),
          }
        : null,
      routing,
      tagRules: tagRules.filter((r) => r.tagId === t.id).map((r) => ({ name: r.name, ...describeTagRule(r) })),
      recent: recent[i].map((c) => ({ id: c.id, contactName: c.contact.name, subject: c.subject, preview: c.preview, severity: c.severity, status: c.status, lastMessageAt: c.lastMessageAt })),
    };
  });
  return entries.sort((a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name));
}
