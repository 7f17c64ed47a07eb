// Who is signed in and in which workspace, read once per request (the layout
// and the page both ask), and the redirect to the sign-in page when nobody is.
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { callerFromSession, type Caller } from '@/lib/auth/session';
import { scopedDb } from '@/lib/tenancy';

export const currentCaller = cache(callerFromSession);

// Layouts and pages render concurrently in the App Router, so every page that
// reads tenant data calls this itself rather than trusting the layout's check.
export async function requireCaller(returnTo?: string): Promise<Caller> {
  const caller = await currentCaller();
  if (!caller) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login');
  return caller;
}

// The caller's workspace: its name for the shell, its time zone for dates.
export const currentWorkspace = cache(async (workspaceId: string) =>
  scopedDb(workspaceId).workspace.findFirst({ select: { id: true, name: true, slug: true, timezone: true } }),
);

// Only same-site paths may be a post-sign-in destination (no open redirects).
export function safeReturnPath(raw: string | string[] | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (!v || !v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) return '/inbox';
  return v;
}
