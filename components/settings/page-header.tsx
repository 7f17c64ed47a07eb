// The title block of a settings page: optional back link, title, what the
// page is for, and an action on the right.
import Link from 'next/link';

export function PageHeader({ title, description, back, action, id = 'page-title' }: { title: React.ReactNode; description?: React.ReactNode; back?: { href: string; label: string }; action?: React.ReactNode; id?: string }) {
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="min-w-0">
        {back && (
          <Link href={back.href} className="text-sm text-brand-700 hover:underline">
            ← {back.label}
          </Link>
        )}
        <h1 id={id} className={back ? 'mt-1 text-xl font-bold tracking-tight text-slate-900' : 'text-xl font-bold tracking-tight text-slate-900'}>
          {title}
        </h1>
        {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
      </div>
      {action}
    </div>
  );
}

export function SavedNotice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {children}
    </p>
  );
}
