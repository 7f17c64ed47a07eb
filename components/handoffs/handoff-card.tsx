// One handoff waiting to be accepted: the conversation, the note, who handed
// it off and when, who it is for (and whether they are on shift now).
import Link from 'next/link';
import type { OpenHandoff } from '@/lib/routing/list-open-handoffs';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { Age } from '@/components/inbox/age';
import { AcceptHandoffButton } from './accept-handoff-button';

export function HandoffCard({ h, tz, now, forYou }: { h: OpenHandoff; tz: string; now: Date; forYou: boolean }) {
  return (
    <li data-handoff-id={h.id} className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={h.conversation.severity} />
          <Link href={`/inbox/${h.conversation.id}`} className="max-w-[45%] shrink-0 truncate text-sm font-semibold text-slate-900 hover:underline">
            {h.conversation.contactName}
          </Link>
          <span className="min-w-0 truncate text-sm text-slate-600">{h.conversation.subject || h.conversation.preview}</span>
        </div>
        <blockquote className="mt-2 border-l-2 border-brand-200 pl-3 text-sm whitespace-pre-line text-slate-800" data-testid="handoff-note">
          {h.note}
        </blockquote>
        <p className="mt-2 text-xs text-slate-500">
          {h.from ? `From ${h.from.name}` : 'Handed off automatically'} · <Age at={h.createdAt} timeZone={tz} now={now} /> ago
          {h.team ? ` · ${h.team.name} queue` : ''}
          {forYou ? (h.to ? ' · for you' : ` · for anyone in ${h.team?.name ?? 'the team'}`) : ''}
        </p>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-2">
        <AcceptHandoffButton handoffId={h.id} contactName={h.conversation.contactName} />
        <Link href={`/inbox/${h.conversation.id}`} className="text-xs text-brand-700 hover:underline">
          Open conversation
        </Link>
      </div>
    </li>
  );
}
