'use client';
// Delete with a confirmation step in place (no browser dialog): the first
// click asks "Delete …?" with Delete / Keep; a failure shows its message.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/workspace-action';
import { buttonClass } from '@/components/ui/button-styles';

export function DeleteButton({ what, action, after }: { what: string; action: () => Promise<ActionResult<unknown>>; after: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (!asking) {
    return (
      <button type="button" className={buttonClass('ghost', 'md', 'text-red-700 hover:bg-red-50 hover:text-red-800')} onClick={() => setAsking(true)}>
        Delete…
      </button>
    );
  }
  return (
    <span className="flex items-center gap-2">
      <span className="text-sm text-slate-700">Delete {what}?</span>
      <button
        type="button"
        disabled={pending}
        className={buttonClass('primary', 'md', 'bg-red-600 hover:bg-red-700')}
        onClick={() =>
          start(async () => {
            setError(null);
            try {
              const r = await action();
              if (!r.ok) return setError(r.error.message);
              router.push(after);
              router.refresh();
            } catch {
              setError('Could not reach the server.');
            }
          })
        }
      >
        {pending ? 'Deleting…' : 'Delete'}
      </button>
      <button type="button" className={buttonClass('ghost', 'md')} onClick={() => setAsking(false)}>
        Keep
      </button>
      {error && (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
