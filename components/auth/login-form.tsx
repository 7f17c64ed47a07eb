'use client';
// Email + password sign-in through next-auth's credentials provider. A wrong
// email and a wrong password get the same message (no account enumeration).
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';

const WRONG = 'Wrong email or password';

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
        callbackUrl,
      });
      if (!res || res.error || !res.ok) {
        setError(!res || res.error === 'CredentialsSignin' || res.status === 401 ? WRONG : 'Sign-in is not available right now. Try again in a moment.');
        setPending(false);
        return;
      }
      // A full navigation, so that every server component sees the new session.
      window.location.assign(callbackUrl);
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate={false}>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="email" className="text-sm font-medium text-slate-800">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600"
          placeholder="you@company.com"
          aria-invalid={error === WRONG || undefined}
          aria-describedby={error ? 'login-error' : undefined}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="password" className="text-sm font-medium text-slate-800">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm focus:border-brand-600"
          aria-invalid={error === WRONG || undefined}
          aria-describedby={error ? 'login-error' : undefined}
        />
      </div>
      <div id="login-error" role="alert" aria-live="assertive" className={error ? 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800' : 'sr-only'}>
        {error ?? ''}
      </div>
      <button type="submit" disabled={pending} className={buttonClass('primary', 'md', 'w-full')}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
