// Sign-in. Already signed in: straight on to the inbox (or where the user was going).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { LoginForm } from '@/components/auth/login-form';
import { Logo } from '@/components/ui/logo';
import { currentCaller, safeReturnPath } from '@/lib/ui/current-caller';

export const metadata: Metadata = { title: 'Sign in · Switchboard' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// next-auth's error codes when it sends the browser back here (no-JS posts, expired sessions).
const errors: Record<string, string> = {
  CredentialsSignin: 'Wrong email or password',
  SessionRequired: 'Sign in to continue',
};

export default async function LoginPage({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeReturnPath(sp.callbackUrl);
  if (await currentCaller()) redirect(callbackUrl);
  const code = Array.isArray(sp.error) ? sp.error[0] : sp.error;
  const initialError = code ? (errors[code] ?? 'Sign-in failed. Try again.') : null;
  // The demo workspace only exists where `npm run demo` seeded it.
  const demo = await db.workspace.findUnique({ where: { slug: 'demo' }, select: { id: true } }).catch(() => null);

  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-slate-100 to-slate-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <Logo className="h-11 w-11" />
          <h1 className="mt-4 text-2xl font-bold tracking-tight text-slate-900">Switchboard</h1>
          <p className="mt-1 text-sm text-slate-600">One inbox for every customer conversation.</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 className="mb-5 text-base font-semibold text-slate-900">Sign in to your workspace</h2>
          <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
        </div>
        {demo && (
          <p className="mt-4 rounded-lg bg-brand-50 px-4 py-3 text-center text-xs text-brand-900 ring-1 ring-brand-100">
            Demo: see the sign-ins printed by <code className="font-mono font-semibold">npm run demo</code>
          </p>
        )}
        <p className="mt-8 text-center text-xs text-slate-500">Messenger · Instagram · WhatsApp · X · SMS · Email · Chat · API</p>
      </div>
    </main>
  );
}
