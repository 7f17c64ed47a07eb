// The signed-in person's start-of-shift view, built live with the same pure
// digest as the notification (lib/routing/build-shift-digest.ts), but keeping
// each conversation's id so the page can link to it: handoffs waiting for
// them, new leads since their last shift ended, open incidents, conversations
// near or past their SLA. Also the latest digest notification they were sent.
// (The queries mirror lib/routing/send-shift-digests.ts, which writes the
// notification; here nothing is written.)
import { buildShiftDigest, type DigestConversation, type ShiftDigest } from '@/lib/routing/build-shift-digest';
import { personWindows } from '@/lib/routing/is-on-shift';
import { lastShiftEnd } from '@/lib/routing/next-shift-start';
import type { ScopedDb } from '@/lib/tenancy';

const NEAR_SLA_MS = 2 * 3_600_000;
const LIMIT = 20;

export type LiveShiftDigest = {
  digest: ShiftDigest;
  // The start of the current shift, or of the last one; null without shifts.
  shiftStart: Date | null;
  onShift: boolean;
  since: Date;
  newLeads: DigestConversation[];
  openIncidents: DigestConversation[];
  nearSla: DigestConversation[];
  lastSent: { title: string; body: string; createdAt: Date } | null;
};

const select = {
  id: true,
  subject: true,
  preview: true,
  severity: true,
  createdAt: true,
  firstResponseAt: true,
  firstResponseDueAt: true,
  nextResponseDueAt: true,
  contact: { select: { name: true } },
} as const;

export async function loadShiftDigest(ctx: { db: ScopedDb }, membershipId: string, now: Date = new Date()): Promise<LiveShiftDigest> {
  const me = await ctx.db.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { user: { select: { name: true } }, teams: { select: { teamId: true } }, shifts: { select: { name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true } }, workspace: { select: { timezone: true } } },
  });
  const windows = personWindows(me.shifts, null, new Date(now.getTime() - 8 * 86_400_000), new Date(now.getTime() + 1000));
  const current = windows.find((w) => w.start.getTime() <= now.getTime() && w.end.getTime() > now.getTime());
  const latest = current ?? windows.filter((w) => w.start.getTime() <= now.getTime()).at(-1) ?? null;
  const shiftStart = latest?.start ?? null;
  const since = (shiftStart && lastShiftEnd(me.shifts, shiftStart)) ?? new Date(now.getTime() - 86_400_000);
  const teamIds = me.teams.map((t) => t.teamId);
  const mineOrTeam = { OR: [{ assigneeId: membershipId }, { teamId: { in: teamIds } }] };
  const activeTag = (key: string) => ({ tagApplications: { some: { removedAt: null, tag: { key } } } });
  const soon = new Date(now.getTime() + NEAR_SLA_MS);

  const [handoffs, leads, incidents, near, lastSent] = await Promise.all([
    ctx.db.handoff.findMany({
      where: { acceptedAt: null, cancelledAt: null, OR: [{ toId: membershipId }, { toId: null, teamId: { in: teamIds } }], conversation: { status: { not: 'resolved' } } },
      include: { from: { select: { user: { select: { name: true } } } }, conversation: { select } },
      take: 50,
    }),
    ctx.db.conversation.findMany({ where: { ...mineOrTeam, status: 'open', createdAt: { gte: since }, ...activeTag('sales_lead') }, select, orderBy: { createdAt: 'desc' }, take: LIMIT }),
    ctx.db.conversation.findMany({ where: { status: 'open', AND: [mineOrTeam, { OR: [activeTag('incident'), { severity: 1 }] }] }, select, orderBy: [{ severity: 'asc' }, { createdAt: 'asc' }], take: LIMIT }),
    ctx.db.conversation.findMany({
      where: {
        status: 'open',
        OR: [{ assigneeId: membershipId }, { assigneeId: null, teamId: { in: teamIds } }],
        AND: [{ OR: [{ firstResponseAt: null, firstResponseDueAt: { lte: soon } }, { waitingSince: { not: null }, firstResponseAt: { not: null }, nextResponseDueAt: { lte: soon } }] }],
      },
      select,
      take: LIMIT,
    }),
    ctx.db.notification.findFirst({ where: { recipientId: membershipId, kind: 'digest' }, orderBy: { createdAt: 'desc' }, select: { title: true, body: true, createdAt: true } }),
  ]);
  const view = (c: (typeof leads)[number]): DigestConversation => ({
    id: c.id,
    contactName: c.contact.name,
    subject: c.subject,
    preview: c.preview,
    severity: c.severity,
    createdAt: c.createdAt,
    dueAt: c.firstResponseAt ? c.nextResponseDueAt : c.firstResponseDueAt,
  });
  const newLeads = leads.map(view);
  const openIncidents = incidents.map(view);
  const nearSla = near.map(view).sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0));
  const digest = buildShiftDigest({
    personName: me.user.name,
    timezone: me.workspace.timezone,
    shiftStart: shiftStart ?? now,
    since,
    handoffs: handoffs.map((h) => ({ id: h.id, note: h.note, fromName: h.from?.user.name ?? null, conversation: view(h.conversation) })),
    newLeads,
    openIncidents,
    nearSla,
    now,
  });
  return { digest, shiftStart, onShift: Boolean(current), since, newLeads, openIncidents, nearSla, lastSent };
}
