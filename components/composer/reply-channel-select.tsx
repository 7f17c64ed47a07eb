'use client';
// Which of the customer's channels the reply goes out on: this conversation's
// by default; the contact's other identities on this workspace's channels
// are offered too (the reply then joins, or opens, that channel's
// conversation with them). A single option is shown as plain text.
import type { ReplyChannel } from '@/lib/conversations/list-reply-channels';
import { channelLabel } from '@/components/inbox/channel-badge';

export function optionLabel(c: ReplyChannel): string {
  const label = channelLabel(c.provider);
  // Channel names usually start with the provider ("SMS · +1 500-555-0006"): say it once.
  const name = c.name.toLowerCase().startsWith(label.toLowerCase()) ? c.name : `${label} · ${c.name}`;
  const where = c.current ? 'this conversation' : `to ${c.address ?? 'the customer'}${c.conversationId ? '' : ', opens a conversation'}`;
  return `${name} — ${where}`;
}

export function ReplyChannelSelect({ channels, value, onChange }: { channels: ReplyChannel[]; value: string; onChange: (channelId: string) => void }) {
  if (channels.length < 2) {
    const only = channels[0];
    return only ? <span className="truncate text-xs text-slate-500">via {channelLabel(only.provider)} · {only.name}</span> : null;
  }
  return (
    <label className="flex min-w-0 items-center gap-1.5 text-xs text-slate-600">
      <span className="shrink-0">Reply on</span>
      <select
        data-testid="reply-channel"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="min-w-0 max-w-[26rem] truncate rounded-md border border-slate-300 bg-white py-0.5 pr-7 pl-2 text-xs text-slate-800 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
      >
        {channels.map((c) => (
          <option key={c.channelId} value={c.channelId}>
            {optionLabel(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
