// Every minute (sla.tick): people whose shift started in the last few minutes
// get a digest notification (build-shift-digest), once per person per shift
// start — the dedupe key is the person and the start instant, so overlapping
// ticks and several worker processes still send one. Digests with nothing in
// them are not sent.
import { db } from '@/lib/db';
import { scopedDb } from '@/lib/tenancy';
import { buildShiftDigest, type DigestConversation } from './build-shift-digest';
import { entriesOf, personWindows, type ShiftLike } from './is-on-shift';
import { localTime, toMinutes } from '@/lib/sla/zoned-time';
import { lastShiftEnd } from './next-shift-start';

const LOOKBACK_MS = 15 * 60_000;
const NEAR_SLA_MS = 2 * 3_600_000;

export async function sendShiftDigests(now: Date = new Date(), opts: { workspaceId?: string } = {}): Promise<{ people: number; sent: number; sentTo: { workspaceId: string; membershipId: string }[] }> {
  const shifts = await db.shift.findMany({
    where: { membership: { active: true }, ...(opts.workspaceId ? { workspaceId: opts.workspaceId } : {}) },
    select: { workspaceId: true, membershipId: true, name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true },
  });
  const byPerson = new Map<string, (ShiftLike & { workspaceId: string })[]>();
  for (const s of shifts) byPerson.set(s.membershipId, [...(byPerson.get(s.membershipId) ?? []), s]);

  const sentTo: { workspaceId: string; membershipId: string }[] = [];
  for (const [membershipId, mine] of byPerson) {
    if (!mine.some((s) => mayHaveJustStarted(s, now))) continue;
    const windows = personWindows(mine, null, new Date(now.getTime() - 2 * 86_400_000), new Date(now.getTime() + 1000));
    const started = windows.find((w) => w.start.getTime() <= now.getTime() && w.start.getTime() > now.getTime() - LOOKBACK_MS);
    if (!started) continue;
    if (await sendDigest(mine[0].workspaceId, membershipId, mine, started.start, now)) sentTo.push({ workspaceId: mine[0].workspaceId, membershipId });
  }
  return { people: byPerson.size, sent: sentTo.length, sentTo };
}

async function sendDigest(workspaceId: string, membershipId: string, shifts: ShiftLike[], start: Date, now: Date): Promise<boolean> {
  const sdb = scopedDb(workspaceId);
  const dedupeKey = `digest:${membershipId}:${start.getTime()}`;
  if (await sdb.notification.findFirst({ where: { dedupeKey }, select: { id: true } })) return false;
  const me = await sdb.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { user: { select: { name: true } }, teams: { select: { teamId: true } }, workspace: { select: { timezone: true } } } });
  const teamIds = me.teams.map((t) => t.teamId);
  const since = lastShiftEnd(shifts, start) ?? new Date(start.getTime() - 86_400_000);
  const select = { id: true, subject: true, preview: true, severity: true, createdAt: true, firstResponseAt: true, firstResponseDueAt: true, waitingSince: true, nextResponseDueAt: true, contact: { select: { name: true } } } as const;
  const mineOrTeam = { OR: [{ assigneeId: membershipId }, { teamId: { in: teamIds } }] };
  const activeTag = (key: string) => ({ tagApplications: { some: { removedAt: null, tag: { key } } } });

  const [handoffs, leads, incidents, near] = [
    await sdb.handoff.findMany({
      where: { acceptedAt: null, cancelledAt: null, OR: [{ toId: membershipId }, { toId: null, teamId: { in: teamIds } }], conversation: { status: { not: 'resolved' } } },
      include: { from: { select: { user: { select: { name: true } } } }, conversation: { select } },
      take: 50,
    }),
    await sdb.conversation.findMany({ where: { ...mineOrTeam, status: 'open', createdAt: { gte: since }, ...activeTag('sales_lead') }, select, take: 50 }),
    await sdb.conversation.findMany({ where: { status: 'open', AND: [mineOrTeam, { OR: [activeTag('incident'), { severity: 1 }] }] }, select, take: 50 }),
    await sdb.conversation.findMany({
      where: {
        status: 'open',
        OR: [{ assigneeId: membershipId }, { assigneeId: null, teamId: { in: teamIds } }],
        AND: [{ OR: [{ firstResponseAt: null, firstResponseDueAt: { lte: new Date(now.getTime() + NEAR_SLA_MS) } }, { waitingSince: { not: null }, firstResponseAt: { not: null }, nextResponseDueAt: { lte: new Date(now.getTime() + NEAR_SLA_MS) } }] }],
      },
      select,
      take: 50,
    }),
  ];
  const view = (c: (typeof leads)[number]): DigestConversation => ({
    id: c.id,
    contactName: c.contact.name,
    subject: c.subject,
    preview: c.preview,
    severity: c.severity,
    createdAt: c.createdAt,
    dueAt: c.firstResponseAt ? c.nextResponseDueAt : c.firstResponseDueAt,
  });
  const digest = buildShiftDigest({
    personName: me.user.name,
    timezone: me.workspace.timezone,
    shiftStart: start,
    since,
    handoffs: handoffs.map((h) => ({ id: h.id, note: h.note, fromName: h.from?.user.name ?? null, conversation: view(h.conversation) })),
    newLeads: leads.map(view),
    openIncidents: incidents.map(view),
    nearSla: near.map(view),
    now,
  });
  if (digest.empty) return false;
  const { count } = await sdb.notification.createMany({
    data: [{ workspaceId, recipientId: membershipId, kind: 'digest', title: digest.title, body: digest.body, dedupeKey, data: { counts: digest.counts, shiftStart: start.toISOString() }, createdAt: now }],
    skipDuplicates: true,
  });
  return count > 0;
}

// A cheap pre-check (one Intl call per shift) before the exact window
// arithmetic: does any entry start within the look-back, give or take an
// hour for a daylight-saving change? Keeps the every-minute tick cheap with
// thousands of shifts.
const WEEK = 7 * 1440;
function mayHaveJustStarted(shift: ShiftLike, now: Date): boolean {
  const entries = entriesOf(shift);
  if (!entries.length) return false;
  const { day, minutes } = localTime(now, shift.timezone);
  const nowOfWeek = day * 1440 + minutes;
  const slack = LOOKBACK_MS / 60_000 + 60;
  return entries.some((e) => {
    const ago = (((nowOfWeek - (e.day * 1440 + toMinutes(e.start))) % WEEK) + WEEK) % WEEK;
    return ago <= slack || ago >= WEEK - 60;
  });
}
