// A channel as a coloured text label (no external icons): Messenger, Instagram,
// WhatsApp, X, SMS, Email, Chat, API.
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';

export const CHANNELS = {
  messenger: { label: 'Messenger', className: 'bg-blue-50 text-blue-700 ring-blue-200', dot: 'bg-blue-500' },
  instagram: { label: 'Instagram', className: 'bg-pink-50 text-pink-700 ring-pink-200', dot: 'bg-pink-500' },
  whatsapp: { label: 'WhatsApp', className: 'bg-emerald-50 text-emerald-800 ring-emerald-200', dot: 'bg-emerald-500' },
  x: { label: 'X', className: 'bg-zinc-900 text-white ring-zinc-900', dot: 'bg-zinc-900' },
  sms: { label: 'SMS', className: 'bg-violet-50 text-violet-700 ring-violet-200', dot: 'bg-violet-500' },
  email: { label: 'Email', className: 'bg-sky-50 text-sky-800 ring-sky-200', dot: 'bg-sky-500' },
  chat: { label: 'Chat', className: 'bg-teal-50 text-teal-800 ring-teal-200', dot: 'bg-teal-500' },
  api: { label: 'API', className: 'bg-slate-100 text-slate-700 ring-slate-300', dot: 'bg-slate-500' },
} as const;

export type ProviderKey = keyof typeof CHANNELS;

export function channelLabel(provider: string): string {
  return CHANNELS[provider as ProviderKey]?.label ?? provider;
}

export function ChannelBadge({ provider, name, className }: { provider: string; name?: string; className?: string }) {
  const c = CHANNELS[provider as ProviderKey] ?? CHANNELS.api;
  return (
    <Badge className={cx(c.className, 'w-[76px] justify-center', className)} title={name ? `${c.label} · ${name}` : c.label}>
      {c.label}
    </Badge>
  );
}

export function ChannelDot({ provider }: { provider: string }) {
  const c = CHANNELS[provider as ProviderKey] ?? CHANNELS.api;
  return <span aria-hidden="true" className={cx('inline-block h-2 w-2 shrink-0 rounded-full', c.dot)} />;
}
