// One message of a thread: the customer on the left, agents on the right,
// internal notes in yellow. Each carries its channel, delivery status and time.
import type { ConversationDetail } from '@/lib/conversations/get-conversation';
import { cx } from '@/components/ui/cx';
import { ChannelDot, channelLabel } from '@/components/inbox/channel-badge';
import { formatDateTime, formatMessageTime } from '@/lib/ui/format';

type Message = ConversationDetail['messages'][number];

const statusLabel: Record<string, string> = {
  received: 'Received',
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Failed',
};

type Attachment = { type?: string; name?: string; mime?: string; size?: number };

export function MessageBubble({ m, contactName, timeZone, now }: { m: Message; contactName: string; timeZone: string; now: Date }) {
  const inbound = m.direction === 'in';
  const note = m.direction === 'note';
  const who = inbound ? contactName : (m.author?.name ?? (note ? 'Note' : 'Agent'));
  const attachments = Array.isArray(m.attachments) ? (m.attachments as Attachment[]) : [];
  return (
    <li data-direction={m.direction} data-message-id={m.id} className={cx('flex', inbound ? 'justify-start' : 'justify-end')}>
      <article
        aria-label={`${note ? 'Internal note' : inbound ? 'Message' : 'Reply'} from ${who}`}
        className={cx(
          'max-w-[85%] min-w-[12rem] rounded-xl px-4 py-3 shadow-sm ring-1 ring-inset 2xl:max-w-[75%]',
          inbound && 'rounded-tl-sm bg-white ring-slate-200',
          m.direction === 'out' && 'rounded-tr-sm bg-brand-50 ring-brand-100',
          note && 'rounded-tr-sm bg-yellow-50 ring-yellow-300',
        )}
      >
        <header className="flex items-baseline gap-2 text-xs">
          <span className="font-semibold text-slate-900">{who}</span>
          {note && <span className="rounded bg-yellow-200 px-1.5 text-[10px] font-bold tracking-wide text-yellow-900 uppercase">Internal note</span>}
        </header>
        {m.subject && <p className="mt-1 text-sm font-semibold text-slate-800">{m.subject}</p>}
        <p className="mt-1 text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800" lang={m.language ?? undefined}>
          {m.text || <span className="text-slate-500 italic">(no text)</span>}
        </p>
        {attachments.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {attachments.map((a, i) => (
              <li key={i} className="inline-flex items-center gap-1 rounded border border-slate-200 bg-white px-2 py-0.5 text-xs text-slate-600" title={a.mime ?? a.type}>
                <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3 w-3 text-slate-400">
                  <path d="M10.5 4.5 5.6 9.4a1.3 1.3 0 0 0 1.8 1.8l5-5a2.6 2.6 0 0 0-3.7-3.7l-5 5a3.9 3.9 0 0 0 5.5 5.5l4.3-4.3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
                </svg>
                {a.name ?? a.type ?? 'attachment'}
              </li>
            ))}
          </ul>
        )}
        <footer className="mt-2 flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-[11px] text-slate-500">
          {!note && (
            <span className="inline-flex items-center gap-1">
              <ChannelDot provider={m.provider} />
              {channelLabel(m.provider)}
            </span>
          )}
          {!note && !inbound && (
            <>
              <span aria-hidden="true">·</span>
              <span className={cx(m.status === 'failed' && 'font-semibold text-red-700')} title={m.providerError ?? undefined} data-delivery={m.status}>
                {statusLabel[m.status] ?? m.status}
                {m.status === 'failed' && m.providerError ? `: ${m.providerError}` : ''}
              </span>
            </>
          )}
          {!note && <span aria-hidden="true">·</span>}
          <time dateTime={m.sentAt.toISOString()} title={formatDateTime(m.sentAt, timeZone)}>
            {formatMessageTime(m.sentAt, timeZone, now)}
          </time>
        </footer>
      </article>
    </li>
  );
}
