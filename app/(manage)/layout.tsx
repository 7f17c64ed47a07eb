// Settings and reports inside the app shell, with the settings sections on the
// left. Each page checks the role it needs itself (pages render concurrently
// with the layout); an agent finds nothing here (404).
import { notFound, redirect } from 'next/navigation';
import { AppShell } from '@/components/app-shell/app-shell';
import { SettingsNav } from '@/components/app-shell/settings-nav';
import { GlobalShortcuts } from '@/components/keyboard/global-shortcuts';
import { hasRole } from '@/lib/auth/roles';
import { currentCaller, currentWorkspace } from '@/lib/ui/current-caller';

export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect('/login');
  if (!hasRole(caller.role, 'manager')) notFound();
  const workspace = await currentWorkspace(caller.workspaceId);
  return (
    // The palette and the go-to keys work here too (the conversation keys find nothing to press).
    <AppShell caller={caller} workspaceName={workspace?.name ?? 'Workspace'} active="settings" tools={<GlobalShortcuts hasMine={caller.actor.type === 'user'} canManage />}>
      <div className="flex min-h-0 flex-1">
        <div className="w-56 shrink-0 overflow-y-auto border-r border-slate-200 bg-white">
          <SettingsNav />
        </div>
        <div className="min-w-0 flex-1 overflow-y-auto bg-slate-50">{children}</div>
      </div>
    </AppShell>
  );
}
