// The left pane: views of the inbox as links with live counts (All open,
// Mine, Unassigned, each severity, team, tag and channel, then the other
// statuses), capped at a thousand ("1k+") so large inboxes load as fast as
// small ones. A view is only a URL with list filters, so it can be bookmarked.
import Link from 'next/link';
import type { Actor } from '@/lib/auth/session';
import type { ScopedDb } from '@/lib/tenancy';
import { cx } from '@/components/ui/cx';
import { CHANNELS, ChannelDot, type ProviderKey } from '@/components/inbox/channel-badge';
import { SEVERITIES, SeverityDot } from '@/components/inbox/severity-badge';
import { safeColor } from '@/components/inbox/tag-chip';
import { formatCount } from '@/lib/ui/format';
import { inboxHref, sameView, type InboxQuery } from '@/lib/ui/inbox-query';
import { ChannelHealthNotice } from '@/components/channels/channel-health-notice';
import { countInboxViews, isCapped, VIEW_COUNT_CAP } from '@/lib/conversations/count-inbox-views';
import { listSavedViews } from '@/lib/saved-views/list-saved-views';
import { DeleteSavedViewButton } from '@/components/inbox/delete-saved-view-button';
import type { Role } from '@/lib/auth/roles';

type View = { label: string; query: InboxQuery; count?: number; marker?: React.ReactNode; savedId?: string; deletable?: boolean; shared?: boolean };

export async function InboxViews({ ctx, query }: { ctx: { db: ScopedDb; actor: Actor; workspaceId: string; role: Role }; query: InboxQuery }) {
  const me = ctx.actor.type === 'user' ? ctx.actor.membershipId : null;
  // Capped at VIEW_COUNT_CAP per view (see lib/conversations/count-inbox-views.ts).
  const [counts, saved] = await Promise.all([countInboxViews(ctx), listSavedViews(ctx)]);
  const manager = ctx.role === 'manager' || ctx.role === 'admin';
  const { teams, tags, channels, all, mine, unassigned } = counts;

  const providerCounts = new Map<string, number>();
  for (const ch of channels) providerCounts.set(ch.provider, (providerCounts.get(ch.provider) ?? 0) + (counts.channel.get(ch.id) ?? 0));

  const sections: { title: string; views: View[] }[] = [
    {
      title: 'Inbox',
      views: [
        { label: 'All open', query: {}, count: all },
        ...(me ? [{ label: 'Mine', query: { assignee: 'me' }, count: mine }] : []),
        { label: 'Unassigned', query: { assignee: 'none' }, count: unassigned },
      ],
    },
    {
      // The member's own and the workspace's shared views (lib/saved-views).
      title: 'Saved views',
      views: saved.map((v) => ({
        label: v.name,
        query: v.query,
        count: v.count ?? undefined,
        savedId: v.id,
        shared: v.shared,
        deletable: v.mine || (v.shared && manager),
      })),
    },
    {
      title: 'Severity',
      views: ([1, 2, 3, 4] as const).map((s) => ({
        label: `${SEVERITIES[s].label} · ${SEVERITIES[s].meaning}`,
        query: { severity: s },
        count: counts.severity.get(String(s)) ?? 0,
        marker: <SeverityDot severity={s} />,
      })),
    },
    { title: 'Teams', views: teams.map((t) => ({ label: t.name, query: { team: t.key }, count: counts.team.get(t.id) ?? 0 })) },
    {
      title: 'Tags',
      views: tags.map((t) => ({
        label: t.name,
        query: { tag: t.key },
        count: counts.tag.get(t.id) ?? 0,
        marker: <span aria-hidden="true" className="h-2 w-2 shrink-0 rounded-full" style={{ backgroundColor: safeColor(t.color) }} />,
      })),
    },
    {
      title: 'Channels',
      views: (Object.keys(CHANNELS) as ProviderKey[])
        .filter((p) => providerCounts.has(p))
        .map((p) => ({ label: CHANNELS[p].label, query: { channel: p }, count: providerCounts.get(p), marker: <ChannelDot provider={p} /> })),
    },
    {
      title: 'Status',
      views: (['pending', 'snoozed', 'resolved'] as const).map((s) => ({
        label: s[0].toUpperCase() + s.slice(1),
        query: { status: s },
        count: counts.status.get(s) ?? 0,
      })),
    },
  ];

  return (
    <nav aria-label="Inbox views" className="flex flex-col gap-5 px-3 py-4">
      <ChannelHealthNotice db={ctx.db} />
      {sections
        .filter((s) => s.views.length > 0)
        .map((section) => (
          <div key={section.title}>
            <h2 className="px-2 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">{section.title}</h2>
            <ul className="flex flex-col gap-px">
              {section.views.map((v) => {
                const active = sameView(v.query, query);
                return (
                  <li key={v.savedId ?? v.label} className={cx(v.savedId && 'group flex items-center gap-0.5')}>
                    <Link
                      href={inboxHref('/inbox', v.query)}
                      aria-current={active ? 'page' : undefined}
                      data-saved-view={v.savedId}
                      title={v.shared ? 'Shared with the workspace' : v.savedId ? 'Only you see this view' : undefined}
                      className={cx(
                        'flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-1.5 text-sm',
                        active ? 'bg-brand-50 font-semibold text-brand-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
                      )}
                    >
                      {v.marker}
                      <span className="min-w-0 flex-1 truncate">
                        {v.savedId && <span className="sr-only">{v.shared ? 'Shared saved view: ' : 'Saved view: '}</span>}
                        {v.label}
                      </span>
                      {v.count !== undefined && (
                        <span className={cx('text-xs tabular-nums', active ? 'text-brand-700' : 'text-slate-500')}>{isCapped(v.count) ? `${formatCount(VIEW_COUNT_CAP)}+` : formatCount(v.count)}</span>
                      )}
                    </Link>
                    {v.savedId && v.deletable && <DeleteSavedViewButton id={v.savedId} name={v.label} />}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </nav>
  );
}
