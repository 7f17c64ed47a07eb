// The inbox: the workspace's conversations in the view named by the URL.
import type { Metadata } from 'next';
import { InboxPanes } from '@/components/inbox/inbox-panes';
import { viewTitle } from '@/components/inbox/conversation-list';
import { currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { inboxHref, parseInboxQuery, pickQuery, type SearchParams } from '@/lib/ui/inbox-query';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = pickQuery(await searchParams);
  return { title: `${query.q ? `Search “${query.q}”` : viewTitle(query)} · Switchboard` };
}

export default async function InboxPage({ searchParams }: Props) {
  const view = parseInboxQuery(await searchParams);
  const caller = await requireCaller(inboxHref('/inbox', view.query));
  const workspace = await currentWorkspace(caller.workspaceId);
  return <InboxPanes caller={caller} view={view} timeZone={workspace?.timezone ?? 'UTC'} />;
}
