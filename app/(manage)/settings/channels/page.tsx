// Channels: where customer messages come from. Managers see every channel's
// webhook URL and health; admins also add and edit channels and may reveal a
// Meta verify token. Secrets never reach this page, only masked forms.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { scopedDb } from '@/lib/tenancy';
import { describeChannel, secretStates } from '@/lib/channels/describe-channel';
import { formatAge, formatDateTime } from '@/lib/ui/format';
import { buttonClass } from '@/components/ui/button-styles';
import { ChannelBadge } from '@/components/inbox/channel-badge';
import { ChannelHealthBadge } from '@/components/channels/channel-health-badge';
import { CopyButton } from '@/components/channels/copy-button';
import { RevealSecret } from '@/components/channels/reveal-secret';

export const metadata: Metadata = { title: 'Channels · Settings · Switchboard' };

const when = (iso: string | null, now: Date) => {
  if (!iso) return 'never';
  const age = formatAge(new Date(iso), now);
  return age === 'now' ? 'just now' : `${age} ago`;
};

export default async function ChannelsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const caller = await requireCaller('/settings/channels');
  if (!hasRole(caller.role, 'manager')) notFound();
  const isAdmin = hasRole(caller.role, 'admin');
  const [workspace, rows, { saved }] = await Promise.all([
    currentWorkspace(caller.workspaceId),
    scopedDb(caller.workspaceId).channel.findMany({ orderBy: [{ provider: 'asc' }, { createdAt: 'asc' }] }),
    searchParams,
  ]);
  const tz = workspace?.timezone ?? 'UTC';
  const now = new Date();
  const channels = rows.map((r) => ({ ...describeChannel(r, now), verifyToken: secretStates(r).find((s) => s.key === 'verifyToken' && s.set) }));

  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-5 px-6 py-6" aria-labelledby="channels-title">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 id="channels-title" className="text-xl font-bold tracking-tight text-slate-900">
            Channels
          </h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">
            Where customer messages come from. Paste each webhook URL into the provider’s settings; a channel that fails or goes quiet shows here and in everyone’s inbox.
          </p>
        </div>
        {isAdmin && (
          <Link href="/settings/channels/new" className={buttonClass('primary', 'md')}>
            Add channel
          </Link>
        )}
      </div>
      {saved && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Saved “{channels.find((c) => c.id === saved)?.name ?? 'channel'}”.
        </p>
      )}
      {channels.length === 0 && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">No channels yet.</p>}
      <ul className="flex flex-col gap-3">
        {channels.map((c) => (
          <li key={c.id} data-channel-id={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <ChannelBadge provider={c.provider} />
              <h2 className="text-sm font-semibold text-slate-900">{c.name}</h2>
              <ChannelHealthBadge health={c.health} />
              {isAdmin && (
                <Link href={`/settings/channels/${c.id}`} className={buttonClass('ghost', 'sm', 'ml-auto')} aria-label={`Edit ${c.name}`}>
                  Edit
                </Link>
              )}
            </div>
            <dl className="mt-3 grid grid-cols-[9rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              <dt className="text-slate-500">{c.embedCode ? 'Embed code' : c.provider === 'api' ? 'Endpoint' : 'Webhook URL'}</dt>
              <dd className="flex min-w-0 items-center gap-2">
                <code className="min-w-0 truncate rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800" title={c.embedCode ?? c.webhookUrl} data-testid="webhook-url">
                  {c.embedCode ?? c.webhookUrl}
                </code>
                <CopyButton value={c.embedCode ?? c.webhookUrl} what={`${c.embedCode ? 'embed code' : 'webhook URL'} of ${c.name}`} />
              </dd>
              {c.verifyToken?.masked && (
                <>
                  <dt className="text-slate-500">Verify token</dt>
                  <dd>
                    <RevealSecret channelId={c.id} secretKey="verifyToken" masked={c.verifyToken.masked} label={`verify token of ${c.name}`} canReveal={isAdmin} />
                  </dd>
                </>
              )}
              <dt className="text-slate-500">Last event</dt>
              <dd className="text-slate-800" data-testid="last-event">
                {c.health.lastEventAt ? <time dateTime={c.health.lastEventAt} title={formatDateTime(new Date(c.health.lastEventAt), tz)}>{when(c.health.lastEventAt, now)}</time> : 'never'}
                {c.health.state === 'quiet' && <span className="ml-2 font-medium text-amber-800">⚠ {c.health.reason}</span>}
              </dd>
              {c.health.lastError && c.health.lastErrorAt && (
                <>
                  <dt className="text-slate-500">Last error</dt>
                  <dd className={c.health.state === 'failing' ? 'text-red-800' : 'text-slate-600'}>
                    <span className="break-words">{c.health.lastError}</span>{' '}
                    <time className="whitespace-nowrap text-slate-500" dateTime={c.health.lastErrorAt} title={formatDateTime(new Date(c.health.lastErrorAt), tz)}>
                      ({when(c.health.lastErrorAt, now)})
                    </time>
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
