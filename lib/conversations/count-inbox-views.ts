// The counts next to the inbox views (All open, Mine, Unassigned, each
// severity, team, tag and channel, then the other statuses), for a page load.
//
// Capped counts: each view counts at most VIEW_COUNT_CAP + 1 rows (shown as
// "1k+"), so a workspace with 400,000 conversations costs the same as one
// with 4,000: every count is a bounded scan of the index that also serves
// that view's list (workspaceId, <filter>, status, ...); tags through
// TagApplication's (workspaceId, tagId, conversationStatus, removedAt,
// conversationId) index (conversationStatus is a trigger-kept copy).
// Exact numbers past a thousand help nobody triage; exact live counts
// of 400k rows per view per page load would. All counts go to Postgres as
// one statement (one round trip); the workspace is in every WHERE because
// the scoped client does not scope raw SQL.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/session';
import type { ScopedDb } from '@/lib/tenancy';

export const VIEW_COUNT_CAP = 1000;

type Ctx = { db: ScopedDb; actor: Actor; workspaceId: string };
export type InboxViewCounts = Awaited<ReturnType<typeof countInboxViews>>;

export async function countInboxViews(ctx: Ctx) {
  const ws = ctx.workspaceId;
  const me = ctx.actor.type === 'user' ? ctx.actor.membershipId : null;
  const [teams, tags, channels] = await Promise.all([
    ctx.db.team.findMany({ orderBy: { name: 'asc' }, select: { id: true, key: true, name: true } }),
    ctx.db.tag.findMany({ orderBy: { name: 'asc' }, select: { id: true, key: true, name: true, color: true } }),
    ctx.db.channel.findMany({ select: { id: true, provider: true } }),
  ]);

  const limit = VIEW_COUNT_CAP + 1;
  const capped = (where: Prisma.Sql) => Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Conversation" c WHERE c."workspaceId" = ${ws} AND ${where} LIMIT ${limit}) x)`;
  const open = Prisma.sql`c.status = 'open'`;
  const items: [string, Prisma.Sql][] = [
    ['all', capped(open)],
    ['mine', me ? capped(Prisma.sql`c."assigneeId" = ${me} AND ${open}`) : Prisma.sql`0`],
    ['unassigned', capped(Prisma.sql`c."assigneeId" IS NULL AND ${open}`)],
    ...[1, 2, 3, 4].map((s): [string, Prisma.Sql] => [`severity:${s}`, capped(Prisma.sql`c.severity = ${s} AND ${open}`)]),
    ...(['pending', 'snoozed', 'resolved'] as const).map((s): [string, Prisma.Sql] => [`status:${s}`, capped(Prisma.sql`c.status = ${s}::"ConversationStatus"`)]),
    ...teams.map((t): [string, Prisma.Sql] => [`team:${t.id}`, capped(Prisma.sql`c."teamId" = ${t.id} AND ${open}`)]),
    ...channels.map((ch): [string, Prisma.Sql] => [`channel:${ch.id}`, capped(Prisma.sql`c."channelId" = ${ch.id} AND ${open}`)]),
    ...tags.map((t): [string, Prisma.Sql] => [
      `tag:${t.id}`,
      Prisma.sql`(SELECT count(*)::int FROM (
        SELECT DISTINCT ta."conversationId" FROM "TagApplication" ta
        WHERE ta."workspaceId" = ${ws} AND ta."tagId" = ${t.id} AND ta."conversationStatus" = 'open' AND ta."removedAt" IS NULL
        LIMIT ${limit}) x)`,
    ]),
  ];
  const [row] = await ctx.db.$queryRaw<Record<string, number>[]>`SELECT ${Prisma.join(
    items.map(([key, sql]) => Prisma.sql`${sql} AS ${Prisma.raw(`"${key.replace(/"/g, '')}"`)}`),
    ', ',
  )}`;
  const pick = (prefix: string) => new Map(Object.entries(row).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  return {
    teams,
    tags,
    channels,
    all: row.all,
    mine: row.mine,
    unassigned: row.unassigned,
    severity: pick('severity:'),
    status: pick('status:'),
    team: pick('team:'),
    tag: pick('tag:'),
    channel: pick('channel:'),
  };
}

// "1k+" past the cap, else the count as usual.
export function isCapped(n: number): boolean {
  return n > VIEW_COUNT_CAP;
}
