// Above the open conversation: "Earlier with Ana: 3 conversations on Email,
// SMS", collapsed; opened, the latest messages of this customer's other
// conversations, each with its channel (and delivery status when outbound),
// grouped by conversation with a link to open it. The whole history with a
// customer, whichever channel they used.
import Link from 'next/link';
import type { EarlierMessages as Earlier } from '@/lib/contacts/list-earlier-messages';
import { channelLabel } from '@/components/inbox/channel-badge';
import { MessageBubble } from '@/components/inbox/message-bubble';
import { Disclosure } from './disclosure';

type Props = { earlier: Earlier; contactName: string; timeZone: string; now: Date };

export function EarlierMessages({ earlier, contactName, timeZone, now }: Props) {
  if (earlier.conversationCount === 0) return null;
  const channels = earlier.providers.map(channelLabel).join(', ');
  const groups: { conversationId: string; subject: string | null; messages: Earlier['messages'] }[] = [];
  for (const m of earlier.messages) {
    const last = groups.at(-1);
    if (last?.conversationId === m.conversationId) last.messages.push(m);
    else groups.push({ conversationId: m.conversationId, subject: m.conversationSubject, messages: [m] });
  }
  const plural = earlier.conversationCount === 1 ? 'conversation' : 'conversations';
  return (
    <Disclosure className="group mx-auto mb-4 max-w-4xl rounded-lg border border-dashed border-slate-300 bg-white/60" summary={
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-xs text-slate-600 hover:bg-white focus-visible:outline-2 focus-visible:outline-brand-600">
        <svg viewBox="0 0 12 12" aria-hidden="true" className="h-3 w-3 shrink-0 text-slate-400 transition-transform group-open:rotate-90">
          <path d="m4.5 3 3 3-3 3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span data-testid="earlier-summary">
          <span className="font-semibold text-slate-800">Earlier with {contactName}:</span> {earlier.conversationCount} {plural} on {channels}
        </span>
      </summary>
    }>
      <div className="border-t border-slate-200 px-3 pt-3 pb-4">
        {earlier.total > earlier.messages.length && (
          <p className="mb-3 text-center text-[11px] text-slate-500">
            The latest {earlier.messages.length} of {earlier.total} earlier messages.
          </p>
        )}
        {groups.length === 0 ? (
          <p className="py-2 text-center text-xs text-slate-500 italic">Those conversations have no messages.</p>
        ) : (
          <div aria-label={`Earlier messages with ${contactName}`} role="region" className="flex flex-col gap-4">
            {groups.map((g, gi) => (
              <div key={`${g.conversationId}-${gi}`} data-earlier-conversation={g.conversationId}>
                <p className="mb-2 flex items-center gap-2 text-[11px] text-slate-500">
                  <span className="h-px flex-1 bg-slate-200" aria-hidden="true" />
                  <Link href={`/inbox/${g.conversationId}`} className="rounded font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                    {channelLabel(g.messages[0].provider)}
                    {g.subject ? ` · ${g.subject}` : ''} — open
                  </Link>
                  <span className="h-px flex-1 bg-slate-200" aria-hidden="true" />
                </p>
                <ol className="flex flex-col gap-3 opacity-90">
                  {g.messages.map((m) => (
                    <MessageBubble key={m.id} m={m} contactName={contactName} timeZone={timeZone} now={now} />
                  ))}
                </ol>
              </div>
            ))}
          </div>
        )}
      </div>
    </Disclosure>
  );
}
