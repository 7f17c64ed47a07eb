// The app shell around every signed-in page: the top bar (product, workspace,
// main navigation, who is signed in and as what, sign-out) and the main area.
// Managers and admins also get "Settings". Used by the inbox and the
// settings layouts, so both read as one product. `tools` (optional) sits left
// of the user: the live indicator and the notification bell.
import Link from 'next/link';
import { Logo } from '@/components/ui/logo';
import { cx } from '@/components/ui/cx';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { Caller } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { roleLabel } from '@/lib/ui/format';

type Section = 'inbox' | 'settings';

export function AppShell({ caller, workspaceName, active, tools, children }: { caller: Caller; workspaceName: string; active: Section; tools?: React.ReactNode; children: React.ReactNode }) {
  const user = caller.actor.type === 'user' ? caller.actor : null;
  const nav: { key: Section; href: string; label: string }[] = [
    { key: 'inbox', href: '/inbox', label: 'Inbox' },
    ...(hasRole(caller.role, 'manager') ? [{ key: 'settings' as const, href: '/settings/channels', label: 'Settings' }] : []),
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
        <nav aria-label="Main" className="ml-6 flex items-center gap-1">
          {nav.map((n) => (
            <Link
              key={n.key}
              href={n.href}
              aria-current={n.key === active ? 'page' : undefined}
              className={cx(
                'rounded-md px-3 py-1.5 text-sm font-medium',
                n.key === active ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-800 hover:text-white',
              )}
            >
              {n.label}
            </Link>
          ))}
        </nav>
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
