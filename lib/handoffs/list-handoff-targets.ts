// What the "Hand off" form offers for one conversation: the teams (the
// conversation's own first) and, per team, its active members with whether
// they are on shift now or when they are back, so overnight staff can pick
// "the next one on shift" or a named person knowingly.
import { z } from 'zod';
import { notFound } from '@/lib/api/errors';
import type { ScopedDb } from '@/lib/tenancy';
import { describeAvailability, describeTeamAvailability } from './describe-availability';

export const handoffTargetsInput = z.object({ conversationId: z.string().trim().min(1).max(64) }).strict();

export type HandoffTargets = {
  conversationTeamId: string | null;
  teams: {
    id: string;
    name: string;
    availability: string;
    members: { id: string; name: string; onShift: boolean; availability: string }[];
  }[];
};

export async function listHandoffTargets(ctx: { db: ScopedDb }, input: { conversationId: string }, me: string | null, now: Date = new Date()): Promise<HandoffTargets> {
  const c = await ctx.db.conversation.findUnique({ where: { id: input.conversationId }, select: { teamId: true, workspace: { select: { timezone: true } } } });
  if (!c) throw notFound('Conversation');
  const tz = c.workspace.timezone;
  const teams = await ctx.db.team.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      members: {
        where: { membership: { active: true } },
        select: { membership: { select: { id: true, user: { select: { name: true } }, shifts: { select: { name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true } } } } },
      },
    },
  });
  const ordered = [...teams].sort((a, b) => Number(b.id === c.teamId) - Number(a.id === c.teamId));
  return {
    conversationTeamId: c.teamId,
    teams: ordered.map((t) => {
      const people = t.members.map((m) => ({ id: m.membership.id, name: m.membership.user.name, shifts: m.membership.shifts }));
      const others = people.filter((p) => p.id !== me);
      return {
        id: t.id,
        name: t.name,
        availability: describeTeamAvailability(others, t.id, now, tz).label,
        members: others
          .map((p) => {
            const a = describeAvailability(p.shifts, t.id, now, tz);
            return { id: p.id, name: p.name, onShift: a.on, availability: a.label };
          })
          .sort((x, y) => Number(y.onShift) - Number(x.onShift) || x.name.localeCompare(y.name)),
      };
    }),
  };
}
