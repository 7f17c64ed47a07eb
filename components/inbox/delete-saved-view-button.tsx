'use client';
// Deletes a saved view from the left pane (one's own; managers also shared
// ones), after a confirm, then re-renders the pane.
import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { deleteSavedViewAction } from '@/app/(inbox)/inbox/saved-view-actions';

export function DeleteSavedViewButton({ id, name }: { id: string; name: string }) {
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <button
      type="button"
      disabled={pending}
      aria-label={`Delete saved view ${name}`}
      title="Delete this saved view"
      className="grid h-6 w-6 shrink-0 place-items-center rounded text-slate-400 opacity-0 group-hover:opacity-100 hover:bg-slate-200 hover:text-slate-700 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-brand-600"
      onClick={() => {
        if (!window.confirm(`Delete the saved view "${name}"?`)) return;
        start(async () => {
          const res = await deleteSavedViewAction({ id });
          if (!res.ok) window.alert(res.error.message);
          router.refresh();
        });
      }}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}
