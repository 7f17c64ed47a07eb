// Handoffs and the start of a shift. For the signed-in person: the handoffs
// waiting for them (accept → the conversation is theirs) and their shift
// digest (new leads since their last shift, open incidents, conversations
// near their SLA). For managers: every handoff nobody has accepted yet, how
// long it has waited and whether the person it is for is at work.
import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { listMyHandoffs } from '@/lib/handoffs/list-my-handoffs';
import { loadShiftDigest } from '@/lib/handoffs/load-shift-digest';
import { listOpenHandoffs } from '@/lib/routing/list-open-handoffs';
import type { DigestConversation } from '@/lib/routing/build-shift-digest';
import { formatLocalTime } from '@/lib/sla/zoned-time';
import { cx } from '@/components/ui/cx';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { HandoffCard } from '@/components/handoffs/handoff-card';
import { AcceptHandoffButton } from '@/components/handoffs/accept-handoff-button';
import { SavedNotice } from '@/components/settings/page-header';

export const metadata: Metadata = { title: 'Handoffs · Switchboard' };

// "45 min", "9 h 28 m", "3 d 4 h": how long a handoff has waited, compactly.
function waited(min: number): string {
  if (min < 60) return `${min} min`;
  if (min < 1440) return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} m`;
  return `${Math.floor(min / 1440)} d ${Math.floor((min % 1440) / 60)} h`;
}

function DigestList({ title, items, empty, tz, now, due }: { title: string; items: DigestConversation[]; empty: string; tz: string; now: Date; due?: boolean }) {
  return (
    <div className="min-w-0">
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {title} <span className="text-slate-400">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="mt-1 flex flex-col divide-y divide-slate-100">
          {items.slice(0, 8).map((c) => (
            <li key={c.id}>
              <Link href={`/inbox/${c.id}`} className="flex items-center gap-2 py-1.5 text-sm hover:bg-slate-50">
                <SeverityBadge severity={c.severity} />
                <span className="min-w-0 flex-1 truncate">
                  <span className="font-medium text-slate-900">{c.contactName}</span> <span className="text-slate-600">{c.subject || c.preview}</span>
                </span>
                {due && c.dueAt && (
                  <span className={cx('shrink-0 text-xs', c.dueAt <= now ? 'font-semibold text-red-700' : 'text-amber-800')} title={`${c.dueAt <= now ? 'Overdue since' : 'Due'} ${formatLocalTime(c.dueAt, tz, now)}`}>
                    {c.dueAt <= now ? 'overdue' : `due ${formatLocalTime(c.dueAt, tz, now)}`}
                  </span>
                )}
              </Link>
            </li>
          ))}
          {items.length > 8 && <li className="py-1.5 text-xs text-slate-500">… and {items.length - 8} more</li>}
        </ul>
      )}
    </div>
  );
}

export default async function HandoffsPage({ searchParams }: { searchParams: Promise<{ accepted?: string }> }) {
  const caller = await requireCaller('/handoffs');
  const db = scopedDb(caller.workspaceId);
  const me = caller.actor.type === 'user' ? caller.actor.membershipId : null;
  const manager = hasRole(caller.role, 'manager');
  const now = new Date();
  const [workspace, mine, digest, open, { accepted }] = await Promise.all([
    currentWorkspace(caller.workspaceId),
    me ? listMyHandoffs({ db }, me, now) : [],
    me ? loadShiftDigest({ db }, me, now) : null,
    manager ? listOpenHandoffs({ db }, { now, limit: 200 }) : [],
    searchParams,
  ]);
  const tz = workspace?.timezone ?? 'UTC';
  const acceptedConversation = accepted && accepted.length <= 64 ? await db.conversation.findUnique({ where: { id: accepted }, select: { id: true, contact: { select: { name: true } } } }) : null;

  return (
    <div className="min-h-0 flex-1 overflow-y-auto bg-slate-50">
      <section className="mx-auto flex max-w-5xl flex-col gap-6 px-6 py-6" aria-labelledby="handoffs-title">
        <div>
          <h1 id="handoffs-title" className="text-xl font-bold tracking-tight text-slate-900">
            Handoffs
          </h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Conversations handed to the next shift with a note. Accept one and it is yours. To hand a conversation off, open it and use <span className="font-medium">Hand off</span>. Times are {tz}.
          </p>
        </div>
        {acceptedConversation && (
          <SavedNotice>
            Accepted: the conversation with {acceptedConversation.contact.name} is now yours.{' '}
            <Link href={`/inbox/${acceptedConversation.id}`} className="font-medium underline">
              Open it
            </Link>
          </SavedNotice>
        )}

        {me && (
          <section aria-labelledby="mine-title" className="flex flex-col gap-2">
            <h2 id="mine-title" className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
              Waiting for you ({mine.length})
            </h2>
            {mine.length === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">Nothing handed to you or your teams.</p>
            ) : (
              <ul className="flex flex-col gap-2" aria-label="Handoffs waiting for you">
                {mine.map((h) => (
                  <HandoffCard key={h.id} h={h} tz={tz} now={now} forYou />
                ))}
              </ul>
            )}
          </section>
        )}

        {digest && (
          <section aria-labelledby="digest-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <div>
                <h2 id="digest-title" className="text-base font-semibold text-slate-900">
                  Your shift
                </h2>
                <p className="text-sm text-slate-700" data-testid="digest-title">
                  {digest.digest.title}
                </p>
              </div>
              <p className="text-xs text-slate-500">
                {digest.onShift && digest.shiftStart
                  ? `On shift since ${formatLocalTime(digest.shiftStart, tz, now)}`
                  : digest.shiftStart
                    ? `Off shift; your last shift started ${formatLocalTime(digest.shiftStart, tz, now)}`
                    : 'No shifts set for you'}
                {digest.lastSent ? ` · digest sent ${formatLocalTime(digest.lastSent.createdAt, tz, now)}` : ''}
              </p>
            </div>
            <div className="mt-4 grid grid-cols-3 gap-6">
              <DigestList title={`New leads since ${formatLocalTime(digest.since, tz, now)}`} items={digest.newLeads} empty="No new leads." tz={tz} now={now} />
              <DigestList title="Open incidents" items={digest.openIncidents} empty="No open incidents." tz={tz} now={now} />
              <DigestList title="Near their SLA" items={digest.nearSla} empty="Nothing due in the next 2 hours." tz={tz} now={now} due />
            </div>
          </section>
        )}

        {manager && (
          <section aria-labelledby="open-title" className="flex flex-col gap-2">
            <h2 id="open-title" className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
              Not accepted yet, all teams ({open.length})
            </h2>
            <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
              <table className="w-full table-fixed text-left text-sm" aria-label="Unaccepted handoffs">
                <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  <tr>
                    <th scope="col" className="w-24 px-3 py-2">Waiting</th>
                    <th scope="col" className="px-3 py-2">Conversation and note</th>
                    <th scope="col" className="w-44 px-3 py-2">For</th>
                    <th scope="col" className="w-32 px-3 py-2">From</th>
                    <th scope="col" className="w-28 px-3 py-2"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {open.length === 0 && (
                    <tr>
                      <td colSpan={5} className="px-3 py-6 text-center text-slate-500">Every handoff has been accepted.</td>
                    </tr>
                  )}
                  {open.map((h) => (
                    <tr key={h.id} data-open-handoff-id={h.id} className="align-top">
                      <td className={cx('px-3 py-2.5 whitespace-nowrap tabular-nums', h.waitingMinutes >= 240 ? 'font-semibold text-red-700' : h.waitingMinutes >= 60 ? 'text-amber-800' : 'text-slate-700')}>{waited(h.waitingMinutes)}</td>
                      <td className="px-3 py-2.5">
                        <span className="flex min-w-0 items-center gap-2">
                          <SeverityBadge severity={h.conversation.severity} />
                          <Link href={`/inbox/${h.conversation.id}`} className="max-w-[45%] shrink-0 truncate font-medium text-slate-900 hover:underline">
                            {h.conversation.contactName}
                          </Link>
                          <span className="min-w-0 truncate text-slate-600">{h.conversation.subject || h.conversation.preview}</span>
                        </span>
                        <span className="mt-1 block text-slate-700" data-testid="open-handoff-note">
                          “{h.note}”
                        </span>
                      </td>
                      <td className="px-3 py-2.5">
                        {h.to ? (
                          <span className="flex items-center gap-1.5">
                            <span aria-hidden="true" className={cx('h-2 w-2 shrink-0 rounded-full', h.to.onShiftNow ? 'bg-emerald-500' : 'bg-slate-300')} />
                            {h.to.name}
                            <span className="text-xs text-slate-500">{h.to.onShiftNow ? 'on shift' : 'off shift'}</span>
                          </span>
                        ) : (
                          <span className="text-slate-600">anyone in {h.team?.name ?? 'the team'}</span>
                        )}
                        {h.team && h.to && <span className="block text-xs text-slate-500">{h.team.name} queue</span>}
                      </td>
                      <td className="px-3 py-2.5 text-slate-700">{h.from?.name ?? 'automatic'}</td>
                      <td className="px-3 py-2.5 text-right">
                        <AcceptHandoffButton handoffId={h.id} contactName={h.conversation.contactName} label={h.to && h.to.id !== me ? 'Take over' : 'Accept'} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
      </section>
    </div>
  );
}
