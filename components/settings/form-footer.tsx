'use client';
// The end of every settings form: the error summary (announced), Save and Cancel.
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-styles';

export function FormFooter({ error, pending, submitLabel, cancelHref, children }: { error: string | null; pending: boolean; submitLabel: string; cancelHref?: string; children?: React.ReactNode }) {
  return (
    <>
      <div role="alert" aria-live="assertive" className={error ? 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800' : 'sr-only'}>
        {error ?? ''}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass('primary', 'md')}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {cancelHref && (
          <Link href={cancelHref} className={buttonClass('ghost', 'md')}>
            Cancel
          </Link>
        )}
        {children && <div className="ml-auto flex items-center gap-3">{children}</div>}
      </div>
    </>
  );
}
