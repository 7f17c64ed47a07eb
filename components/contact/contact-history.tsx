// The contact's past: their other conversations on every channel (newest
// first, with status and a link) and the tags their conversations got over
// time ("Incident ×3 · first 2 Oct, latest 9 Nov").
import Link from 'next/link';
import type { ContactHistory as History } from '@/lib/contacts/get-contact-history';
import { ChannelDot, channelLabel } from '@/components/inbox/channel-badge';
import { StatusPill } from '@/components/inbox/status-pill';
import { safeColor } from '@/components/inbox/tag-chip';
import { formatDateTime, formatMessageTime } from '@/lib/ui/format';

type Props = { history: History; timeZone: string; now: Date };

const day = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(d);

export function TagsOverTime({ history, timeZone }: Props) {
  if (!history.tags.length) return <p className="text-xs text-slate-500 italic">No tags on their conversations yet.</p>;
  return (
    <>
      <p className="mb-2 text-xs text-slate-700" data-testid="tags-over-time">
        {history.tags.map((t) => `${t.name} ×${t.count}`).join(', ')}
      </p>
      <ul aria-label="Tags over time" className="flex flex-col gap-1">
        {history.tags.map((t) => (
          <li key={t.key} className="flex items-center gap-2 text-[11px] text-slate-600">
            <span aria-hidden="true" className="h-1.5 w-1.5 shrink-0 rounded-full" style={{ backgroundColor: safeColor(t.color) }} />
            <span className="font-medium text-slate-800">{t.name}</span>
            <span className="tabular-nums">×{t.count}</span>
            <span className="ml-auto text-right text-slate-500">
              {t.count > 1 && day(t.first, timeZone) !== day(t.last, timeZone) ? `${day(t.first, timeZone)} – ${day(t.last, timeZone)}` : day(t.last, timeZone)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function PreviousConversations({ history, timeZone, now }: Props) {
  if (!history.conversations.length) return <p className="text-xs text-slate-500 italic">This is their first conversation.</p>;
  return (
    <>
      <ul aria-label="Previous conversations" className="-mx-2 flex flex-col">
        {history.conversations.map((c) => (
          <li key={c.id}>
            <Link
              href={`/inbox/${c.id}`}
              data-previous-conversation={c.id}
              className="flex flex-col gap-0.5 rounded-md px-2 py-1.5 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <span className="flex items-center gap-1.5 text-[11px] text-slate-500">
                <ChannelDot provider={c.provider} />
                {channelLabel(c.provider)}
                <time className="ml-auto" dateTime={c.lastMessageAt.toISOString()} title={formatDateTime(c.lastMessageAt, timeZone)}>
                  {formatMessageTime(c.lastMessageAt, timeZone, now)}
                </time>
              </span>
              <span className="flex items-center gap-2">
                <span className="min-w-0 flex-1 truncate text-xs text-slate-800">{c.subject || c.preview || '(no text)'}</span>
                <StatusPill status={c.status} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {history.total > history.conversations.length && (
        <p className="mt-1 text-[11px] text-slate-500">The latest {history.conversations.length} of {history.total}.</p>
      )}
    </>
  );
}
