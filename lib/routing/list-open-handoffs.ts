// Handoffs nobody has accepted yet, oldest first, for the manager's view
// ("unaccepted handoffs stay visible to the manager") and for a person's own
// list: who it is for, whether they are on shift now, how long it has waited.
import type { ScopedDb } from '@/lib/tenancy';
import { shiftStatus } from './is-on-shift';

export type OpenHandoff = {
  id: string;
  note: string;
  createdAt: Date;
  waitingMinutes: number;
  team: { id: string; name: string } | null;
  from: { id: string; name: string } | null;
  to: { id: string; name: string; onShiftNow: boolean } | null;
  conversation: { id: string; subject: string | null; preview: string; severity: number; status: string; contactName: string; firstResponseDueAt: Date | null };
};

export async function listOpenHandoffs(ctx: { db: ScopedDb }, opts: { teamId?: string; toId?: string; limit?: number; now?: Date } = {}): Promise<OpenHandoff[]> {
  const now = opts.now ?? new Date();
  const rows = await ctx.db.handoff.findMany({
    where: { acceptedAt: null, cancelledAt: null, ...(opts.teamId ? { teamId: opts.teamId } : {}), ...(opts.toId ? { toId: opts.toId } : {}), conversation: { status: { not: 'resolved' } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: Math.min(500, opts.limit ?? 100),
    include: {
      team: { select: { id: true, name: true } },
      from: { select: { id: true, user: { select: { name: true } } } },
      to: { select: { id: true, user: { select: { name: true } }, shifts: { select: { name: true, timezone: true, weeklyHours: true, onCall: true, teamId: true } } } },
      conversation: { select: { id: true, subject: true, preview: true, severity: true, status: true, firstResponseDueAt: true, contact: { select: { name: true } } } },
    },
  });
  return rows.map((h) => ({
    id: h.id,
    note: h.note,
    createdAt: h.createdAt,
    waitingMinutes: Math.max(0, Math.round((now.getTime() - h.createdAt.getTime()) / 60_000)),
    team: h.team,
    from: h.from ? { id: h.from.id, name: h.from.user.name } : null,
    to: h.to ? { id: h.to.id, name: h.to.user.name, onShiftNow: shiftStatus(h.to.shifts, h.teamId, now).on } : null,
    conversation: {
      id: h.conversation.id,
      subject: h.conversation.subject,
      preview: h.conversation.preview,
      severity: h.conversation.severity,
      status: h.conversation.status,
      contactName: h.conversation.contact.name,
      firstResponseDueAt: h.conversation.firstResponseDueAt,
    },
  }));
}
