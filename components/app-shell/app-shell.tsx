// The app shell around every signed-in page: the top bar (product, workspace,
// main navigation, who is signed in and as what, sign-out) and the main area.
// Everyone gets the handoffs and the playbook; managers and admins also
// "Settings"; the current section follows the URL. Used by the inbox and the
// settings layouts, so both read as one product. `tools` (optional) sits left
// of the user: the live indicator and the notification bell.
import Link from 'next/link';
import { Logo } from '@/components/ui/logo';
import { MainNav, type NavItem } from '@/components/app-shell/main-nav';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { Caller } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { roleLabel } from '@/lib/ui/format';

type Section = 'inbox' | 'settings';

export function AppShell({ caller, workspaceName, tools, children }: { caller: Caller; workspaceName: string; active?: Section; tools?: React.ReactNode; children: React.ReactNode }) {
  const user = caller.actor.type === 'user' ? caller.actor : null;
  const nav: NavItem[] = [
    { href: '/inbox', label: 'Inbox', match: '/inbox' },
    { href: '/handoffs', label: 'Handoffs', match: '/handoffs' },
    { href: '/playbook', label: 'Playbook', match: '/playbook' },
    ...(hasRole(caller.role, 'manager') ? [{ href: '/settings/channels', label: 'Settings', match: '/settings' }] : []),
  ];
  return (
    <div className="flex h-screen min-w-[1024px] flex-col overflow-hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm">
        Skip to content
      </a>
      <header className="flex h-14 shrink-0 items-center gap-3 bg-slate-900 px-4 text-white">
        <Link href="/inbox" className="flex items-center gap-2 rounded">
          <Logo />
          <span className="text-base font-semibold tracking-tight">Switchboard</span>
        </Link>
        <span aria-hidden="true" className="text-slate-600">
          /
        </span>
        <span className="truncate text-sm font-medium text-slate-200" data-testid="workspace-name">
          {workspaceName}
        </span>
        <MainNav items={nav} />
        <div className="ml-auto flex items-center gap-3">
          {tools}
          {user && (
            <div className="flex flex-col items-end leading-tight" data-testid="signed-in-user">
              <span className="text-sm font-medium text-white">{user.name}</span>
              <span className="text-xs text-slate-400">{user.email}</span>
            </div>
          )}
          <span className="rounded-full bg-slate-700 px-2 py-0.5 text-xs font-semibold text-slate-100" data-testid="signed-in-role">
            {roleLabel[caller.role] ?? caller.role}
          </span>
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="flex min-h-0 flex-1 flex-col">
        {children}
      </main>
    </div>
  );
}
