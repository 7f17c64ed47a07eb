// The inbox inside the app shell (components/app-shell). No session: to the sign-in page.
import { redirect } from 'next/navigation';
import { AppShell } from '@/components/app-shell/app-shell';
import { currentCaller, currentWorkspace } from '@/lib/ui/current-caller';

export default async function InboxLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect('/login');
  const workspace = await currentWorkspace(caller.workspaceId);
  return (
    <AppShell caller={caller} workspaceName={workspace?.name ?? 'Workspace'} active="inbox">
      {children}
    </AppShell>
  );
}
