// One row of the conversation list (channel, contact, age, SLA countdown,
// snippet, severity, tags with their reasons on hover, who is looking,
// assignee), at a fixed height so the list can be virtualised. The selection
// checkbox sits beside the link (a checkbox inside a link is not allowed):
// it shows on hover, on the focused row, and whenever something is selected.
import Link from 'next/link';
import { cx } from '@/components/ui/cx';
import { ChannelBadge, channelLabel } from '@/components/inbox/channel-badge';
import { SeverityBadge } from '@/components/inbox/severity-badge';
import { TagChip } from '@/components/inbox/tag-chip';
import { VipMark } from '@/components/inbox/vip-mark';
import { Age } from '@/components/inbox/age';
import { RowPresence } from '@/components/presence/row-presence';
import { formatDateTime } from '@/lib/ui/format';
import { formatSlaLeft } from '@/lib/conversations/next-sla-due';
import type { InboxRow } from '@/lib/conversations/list-inbox-rows';

export const ROW_HEIGHT = 100;

type Props = {
  c: InboxRow;
  href: string;
  open: boolean;
  active: boolean;
  tabbable: boolean;
  checked: boolean;
  selecting: boolean;
  timeZone: string;
  now: Date;
  onToggle: (id: string, shift: boolean) => void;
  onFocusRow: (id: string) => void;
};

export function ConversationRow({ c, href, open, active, tabbable, checked, selecting, timeZone, now, onToggle, onFocusRow }: Props) {
  const snippet = c.subject && c.channel.provider === 'email' ? `${c.subject} — ${c.preview}` : c.preview || c.subject || '(no text)';
  return (
    <div className={cx('group relative h-full border-b border-slate-100', checked && 'bg-brand-50/60')}>
      <label
        className={cx(
          'absolute top-0 left-0 z-10 flex h-10 w-9 cursor-pointer items-center justify-center',
          selecting || checked || active ? 'opacity-100' : 'opacity-0 group-hover:opacity-100 focus-within:opacity-100',
        )}
      >
        <span className="sr-only">Select conversation with {c.contact.name}</span>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onToggle(c.id, (e.nativeEvent as MouseEvent).shiftKey === true)}
          className="h-4 w-4 rounded border-slate-300 accent-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
          data-select-id={c.id}
        />
      </label>
      <Link
        href={href}
        aria-current={open ? 'true' : undefined}
        data-conversation-id={c.id}
        data-channel={c.channel.provider}
        data-severity={c.severity}
        data-active={active ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onFocus={() => onFocusRow(c.id)}
        className={cx(
          // relative: keeps the sr-only label inside the scrolling list.
          'relative block h-full border-l-[3px] py-3 pr-4 pl-9 outline-offset-[-3px] focus-visible:outline-2 focus-visible:outline-brand-600',
          open ? 'border-brand-600 bg-brand-50' : active ? 'border-slate-300 bg-slate-50' : 'border-transparent hover:bg-slate-50',
        )}
      >
        <div className="flex items-center gap-2">
          <ChannelBadge provider={c.channel.provider} name={c.channel.name} />
          <span className="min-w-0 truncate text-sm font-semibold text-slate-900">{c.contact.name}</span>
          {c.contact.isVip && <VipMark />}
          <span className="ml-auto flex shrink-0 items-center gap-2 text-xs text-slate-500">
            {c.slaDueAt && <SlaLeft due={new Date(c.slaDueAt)} now={now} timeZone={timeZone} />}
            <Age at={new Date(c.lastMessageAt)} timeZone={timeZone} now={now} />
          </span>
        </div>
        <p className="mt-1 truncate text-sm text-slate-600" lang={c.language ?? undefined} title={snippet}>
          <span className="sr-only">{channelLabel(c.channel.provider)}: </span>
          {snippet}
        </p>
        <div className="mt-2 flex items-center gap-1.5">
          <SeverityBadge severity={c.severity} />
          <div className="flex min-w-0 flex-1 gap-1 overflow-hidden">
            {c.tags.map((t) => (
              <TagChip key={t.key} tag={t} />
            ))}
          </div>
          <RowPresence conversationId={c.id} />
          <span className={cx('max-w-[9rem] shrink-0 truncate text-xs', c.assignee ? 'text-slate-700' : 'text-slate-500 italic')}>
            {c.assignee ? c.assignee.name : 'Unassigned'}
          </span>
        </div>
      </Link>
    </div>
  );
}

// "SLA 12m" until the earliest pending target; red (and "over") once breached.
function SlaLeft({ due, now, timeZone }: { due: Date; now: Date; timeZone: string }) {
  const { label, breached } = formatSlaLeft(due, now);
  return (
    <span
      data-sla={breached ? 'breached' : 'due'}
      title={`SLA ${breached ? 'breached' : 'due'} ${formatDateTime(due, timeZone)}`}
      className={cx('rounded px-1 font-medium tabular-nums', breached ? 'bg-red-50 text-red-700 ring-1 ring-red-200 ring-inset' : 'text-slate-600')}
    >
      SLA {label}
    </span>
  );
}
