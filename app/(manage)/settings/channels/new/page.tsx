// Add a channel (admins): first the provider, then its form.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { requireCaller } from '@/lib/ui/current-caller';
import { CHANNEL_FIELDS, PROVIDERS } from '@/lib/channels/channel-fields';
import { secretFormFields, settingFormFields } from '@/lib/channels/channel-form-model';
import type { Provider } from '@/lib/generated/prisma/enums';
import { ChannelBadge } from '@/components/inbox/channel-badge';
import { ChannelForm } from '@/components/channels/channel-form';

export const metadata: Metadata = { title: 'Add a channel · Settings · Switchboard' };

const ABOUT: Record<Provider, string> = {
  messenger: 'Direct messages to a Facebook Page',
  instagram: 'Direct messages to an Instagram professional account',
  whatsapp: 'WhatsApp Business (Cloud API or Twilio)',
  x: 'Mentions and direct messages on X',
  sms: 'Text messages to a Twilio number',
  email: 'A support address, by inbound webhook or IMAP',
  chat: 'A chat widget on your website',
  api: 'Reviews, forms and forums through the REST API',
};

export default async function NewChannelPage({ searchParams }: { searchParams: Promise<{ provider?: string }> }) {
  const caller = await requireCaller('/settings/channels/new');
  if (!hasRole(caller.role, 'admin')) notFound();
  const { provider } = await searchParams;
  const chosen = PROVIDERS.find((p) => p === provider);

  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5 px-6 py-6" aria-labelledby="new-title">
      <div>
        <Link href="/settings/channels" className="text-sm text-brand-700 hover:underline">
          ← Channels
        </Link>
        <h1 id="new-title" className="mt-1 text-xl font-bold tracking-tight text-slate-900">
          {chosen ? `Add a ${CHANNEL_FIELDS[chosen].label} channel` : 'Add a channel'}
        </h1>
      </div>
      {chosen ? (
        <ChannelForm
          mode="create"
          provider={chosen}
          providerLabel={CHANNEL_FIELDS[chosen].label}
          name={CHANNEL_FIELDS[chosen].label}
          enabled
          settings={settingFormFields(chosen)}
          secrets={secretFormFields(chosen)}
        />
      ) : (
        <ul className="grid grid-cols-2 gap-3" aria-label="Providers">
          {PROVIDERS.map((p) => (
            <li key={p}>
              <Link href={`/settings/channels/new?provider=${p}`} className="flex h-full flex-col gap-1.5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500 hover:bg-brand-50">
                <span className="flex items-center gap-2">
                  <ChannelBadge provider={p} />
                  <span className="text-sm font-semibold text-slate-900">{CHANNEL_FIELDS[p].label}</span>
                </span>
                <span className="text-sm text-slate-600">{ABOUT[p]}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
