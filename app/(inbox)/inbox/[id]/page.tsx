// One conversation, opened next to the list it was opened from. An id that
// does not exist in the caller's workspace (another tenant's, or none) is a 404.
import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { ApiError } from '@/lib/api/errors';
import { getConversation } from '@/lib/conversations/get-conversation';
import { scopedDb } from '@/lib/tenancy';
import { InboxPanes } from '@/components/inbox/inbox-panes';
import { currentCaller, currentWorkspace, requireCaller } from '@/lib/ui/current-caller';
import { inboxHref, parseInboxQuery, type SearchParams } from '@/lib/ui/inbox-query';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// Once per request (metadata and page both need it); null when not found here.
const loadConversation = cache(async (workspaceId: string, id: string) => {
  try {
    return await getConversation({ db: scopedDb(workspaceId), workspaceId }, id);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const caller = await currentCaller();
  const c = caller ? await loadConversation(caller.workspaceId, id) : null;
  return { title: c ? `${c.contact.name} · Switchboard` : 'Switchboard' };
}

export default async function ConversationPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const view = parseInboxQuery(sp);
  const caller = await requireCaller(inboxHref(`/inbox/${encodeURIComponent(id)}`, view.query));
  // Load (or 404) before anything streams, so that the status code is a real 404.
  const conversation = await loadConversation(caller.workspaceId, id);
  if (!conversation) notFound();
  const workspace = await currentWorkspace(caller.workspaceId);
  return <InboxPanes caller={caller} view={view} timeZone={workspace?.timezone ?? 'UTC'} conversation={conversation} />;
}
