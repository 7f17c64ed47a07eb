// The conversation pane: who and where, the actions, then the messages in
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
import { CollisionGuard } from '@/components/presence/collision-guard';

type Props = { c: ConversationDetail; myMembershipId: string | null; timeZone: string; now: Date };

export function ConversationThread({ c, myMembershipId, timeZone, now }: Props) {
  return (
    <section aria-label="Conversation" data-status={c.status} className="flex min-h-0 min-w-0 flex-1 flex-col bg-slate-50">
      <header className="shrink-0 border-b border-slate-200 bg-white px-5 py-3">
        <div className="flex items-start justify-between gap-4">
          <div className="flex min-w-0 items-center gap-2 pt-1">
            <h2 className="truncate text-base font-semibold text-slate-900">{c.contact.name}</h2>
            {c.contact.isVip && <VipMark />}
          </div>
          <ConversationActions conversationId={c.id} status={c.status} assigneeId={c.assignee?.id ?? null} myMembershipId={myMembershipId} />
        </div>
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
          <ChannelBadge provider={c.channel.provider} name={c.channel.name} />
          <SeverityBadge severity={c.severity} />
          <StatusPill status={c.status} />
          <span className="ml-1" data-testid="assignment">
            {c.assignee ? `Assigned to ${c.assignee.name}` : 'Unassigned'}
            {c.team ? ` · ${c.team.name}` : ''}
          </span>
        </div>
        {c.subject && <p className="mt-1.5 truncate text-sm font-medium text-slate-800">{c.subject}</p>}
        <PresenceBar conversationId={c.id} myMembershipId={myMembershipId} />
      </header>
      <ScrollToEnd className="min-h-0 flex-1 overflow-y-auto px-5 py-5" watch={`${c.id}:${c.messages.length}`}>
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
      <CollisionGuard key={c.id} conversationId={c.id} myMembershipId={myMembershipId} latestMessageId={c.messages.at(-1)?.id ?? null} />
    </section>
  );
}
