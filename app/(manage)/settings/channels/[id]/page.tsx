// Edit a channel (admins). Another workspace's id, like an unknown one, is a 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { CHANNEL_FIELDS } from '@/lib/channels/channel-fields';
import { describeChannel } from '@/lib/channels/describe-channel';
import { secretFormFields, settingFormFields } from '@/lib/channels/channel-form-model';
import { ChannelForm } from '@/components/channels/channel-form';
import { ChannelHealthBadge } from '@/components/channels/channel-health-badge';
import { CopyButton } from '@/components/channels/copy-button';

export const metadata: Metadata = { title: 'Edit channel · Settings · Switchboard' };

export default async function EditChannelPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requireCaller(`/settings/channels/${encodeURIComponent(id)}`);
  if (!hasRole(caller.role, 'admin')) notFound();
  const row = id.length <= 64 ? await scopedDb(caller.workspaceId).channel.findUnique({ where: { id } }) : null;
  if (!row) notFound();
  const c = describeChannel(row);
  const link = c.embedCode ?? c.webhookUrl;

  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="edit-title">
      <div>
        <Link href="/settings/channels" className="text-sm text-brand-700 hover:underline">
          ← Channels
        </Link>
        <div className="mt-1 flex items-center gap-2">
          <h1 id="edit-title" className="text-xl font-bold tracking-tight text-slate-900">
            {row.name}
          </h1>
          <ChannelHealthBadge health={c.health} />
        </div>
        <p className="mt-2 flex min-w-0 items-center gap-2 text-sm text-slate-600">
          <span className="shrink-0">{c.embedCode ? 'Embed code' : 'Webhook URL'}</span>
          <code className="min-w-0 truncate rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">{link}</code>
          <CopyButton value={link} what={c.embedCode ? 'embed code' : 'webhook URL'} />
        </p>
      </div>
      <ChannelForm
        mode="edit"
        provider={row.provider}
        providerLabel={CHANNEL_FIELDS[row.provider].label}
        channelId={row.id}
        name={row.name}
        enabled={row.enabled}
        settings={settingFormFields(row.provider, c.settings)}
        secrets={secretFormFields(row.provider, row)}
      />
    </section>
  );
}
