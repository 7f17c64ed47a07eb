// The conversation pane: who and where, the actions, then — collapsed — the
// earlier conversations with this customer on any channel, and the messages in
// the order they were written (oldest first, scrolled to the newest).
import type { ConversationDetail } from '@/lib/conversations/get-conversation';
import { ChannelBadge } from '@/components/inbox/channel-badge';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { VipMark } from '@/components/inbox/vip-mark';
import { StatusPill } from '@/components/inbox/status-pill';
import { MessageBubble } from '@/components/inbox/message-bubble';
import { ConversationActions } from '@/components/inbox/conversation-actions';
import { ScrollToEnd } from '@/components/inbox/scroll-to-end';
import { PresenceBar } from '@/components/presence/presence-bar';
import { Composer } from '@/components/composer/composer';
import { EarlierMessages } from '@/components/contact/earlier-messages';
import { listEarlierMessages } from '@/lib/contacts/list-earlier-messages';
import { scopedDb } from '@/lib/tenancy';

type Props = { c: ConversationDetail; myMembershipId: string | null; timeZone: string; now: Date };

export async function ConversationThread({ c, myMembershipId, timeZone, now }: Props) {
  const earlier = await listEarlierMessages({ db: scopedDb(c.workspaceId) }, c.contactId, c.id);
  return (
    <section aria-label="Conversation" data-status={c.status} className="flex min-h-0 min-w-0 flex-1 flex-col bg-slate-50">
      <header className="shrink-0 border-b border-slate-200 bg-white px-5 py-3">
        <ConversationActions
          conversationId={c.id}
          status={c.status}
          snoozedUntil={c.snoozedUntil}
          severity={c.severity}
          assignee={c.assignee ? { id: c.assignee.id, name: c.assignee.name } : null}
          team={c.team ? { id: c.team.id, name: c.team.name } : null}
          tags={c.tags}
          myMembershipId={myMembershipId}
          timeZone={timeZone}
          heading={
            <div className="flex min-w-0 items-center gap-2 pt-1">
              <h2 className="truncate text-base font-semibold text-slate-900">{c.contact.name}</h2>
              {c.contact.isVip && <VipMark />}
            </div>
          }
          meta={
            <>
              <div className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                <ChannelBadge provider={c.channel.provider} name={c.channel.name} />
                <SeverityBadge severity={c.severity} />
                <StatusPill status={c.status} />
                <span className="ml-1" data-testid="assignment">
                  {c.assignee ? `Assigned to ${c.assignee.name}` : 'Unassigned'}
                  {c.team ? ` · ${c.team.name}` : ''}
                </span>
              </div>
              {c.subject && <p className="truncate text-sm font-medium text-slate-800">{c.subject}</p>}
            </>
          }
        />
        <PresenceBar conversationId={c.id} myMembershipId={myMembershipId} />
      </header>
      <ScrollToEnd className="min-h-0 flex-1 overflow-y-auto px-5 py-5" watch={`${c.id}:${c.messages.length}`}>
        <EarlierMessages earlier={earlier} contactName={c.contact.name} timeZone={timeZone} now={now} />
        {c.messages.length === 0 ? (
          <p className="py-10 text-center text-sm text-slate-500">No messages in this conversation yet.</p>
        ) : (
          <ol aria-label="Messages" className="mx-auto flex max-w-4xl flex-col gap-3">
            {c.messages.map((m) => (
              <MessageBubble key={m.id} m={m} contactName={c.contact.name} timeZone={timeZone} now={now} />
            ))}
          </ol>
        )}
      </ScrollToEnd>
      <Composer key={c.id} conversationId={c.id} myMembershipId={myMembershipId} latestMessageId={c.messages.at(-1)?.id ?? null} />
    </section>
  );
}
