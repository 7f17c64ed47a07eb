// Any unknown page, and any id that does not belong to the caller's workspace
// (inside the app shell when signed in).
import Link from 'next/link';
import { Logo } from '@/components/ui/logo';
import { buttonClass } from '@/components/ui/button-styles';

export default function NotFound() {
  return (
    <section className="flex min-h-[70vh] flex-1 flex-col items-center justify-center gap-4 bg-slate-50 px-4 py-16 text-center">
      <Logo className="h-10 w-10" />
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Not found</h1>
      <p className="max-w-md text-sm text-slate-600">This page or conversation does not exist in your workspace, or it has been removed.</p>
      <Link href="/inbox" className={buttonClass('primary', 'md')}>
        Back to the inbox
      </Link>
    </section>
  );
}
