// The inbox inside the app shell (components/app-shell), with live updates
// (LiveRefresh re-renders the page when something changes; it shows whether
// updates are live) and the notification bell. No session: to the sign-in page.
import { redirect } from 'next/navigation';
import { AppShell } from '@/components/app-shell/app-shell';
import { GlobalShortcuts } from '@/components/keyboard/global-shortcuts';
import { hasRole } from '@/lib/auth/roles';
import { LiveRefresh } from '@/components/live/live-refresh';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { PresenceMeProvider } from '@/components/presence/presence-me';
import { countUnread } from '@/lib/notifications/count-unread';
import { scopedDb } from '@/lib/tenancy';
import { currentCaller, currentWorkspace } from '@/lib/ui/current-caller';

export default async function InboxLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect('/login');
  const me = caller.actor.type === 'user' ? caller.actor.membershipId : null;
  const [workspace, unread] = await Promise.all([currentWorkspace(caller.workspaceId), me ? countUnread({ db: scopedDb(caller.workspaceId) }, me) : 0]);
  const tools = (
    <>
      <GlobalShortcuts hasMine={!!me} canManage={hasRole(caller.role, 'manager')} />
      <LiveRefresh />
      {me && <NotificationBell membershipId={me} initialUnread={unread} />}
    </>
  );
  return (
    <AppShell caller={caller} workspaceName={workspace?.name ?? 'Workspace'} active="inbox" tools={tools}>
      <PresenceMeProvider membershipId={me}>{children}</PresenceMeProvider>
    </AppShell>
  );
}
