// The app shell: the top bar (product, workspace, who is signed in and as
// what, sign-out) around every signed-in page. No session: to the sign-in page.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Logo } from '@/components/ui/logo';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { currentCaller, currentWorkspace } from '@/lib/ui/current-caller';
import { roleLabel } from '@/lib/ui/format';

export default async function InboxLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect('/login');
  const workspace = await currentWorkspace(caller.workspaceId);
  const user = caller.actor.type === 'user' ? caller.actor : null;

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
          {workspace?.name ?? 'Workspace'}
        </span>
        <nav aria-label="Main" className="ml-6 flex items-center gap-1">
          <Link href="/inbox" aria-current="page" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white">
            Inbox
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3">
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
