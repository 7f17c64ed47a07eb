'use client';
// "Save view": names the current filters (the URL) as a saved view in the
// left pane; managers may share it with the workspace. A small popover form:
// Esc or Cancel closes it and focus returns to the button.
import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { buttonClass } from '@/components/ui/button-styles';
import { createSavedViewAction } from '@/app/(inbox)/inbox/saved-view-actions';

export function SaveViewButton({ queryString, canShare, defaultName }: { queryString: string; canShare: boolean; defaultName: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  const close = () => {
    setOpen(false);
    setError(null);
    button.current?.focus();
  };

  return (
    <div className="relative">
      <button ref={button} type="button" aria-expanded={open} className={buttonClass('ghost', 'sm', 'h-7! px-2! text-xs')} onClick={() => (open ? close() : setOpen(true))}>
        Save view
      </button>
      {open && (
        <form
          aria-label="Save view"
          className="absolute top-8 right-0 z-30 flex w-64 flex-col gap-2 rounded-lg bg-white p-3 shadow-lg ring-1 ring-slate-200"
          onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            start(async () => {
              const res = await createSavedViewAction({ name: String(data.get('name') ?? ''), query: queryString, shared: data.get('shared') === 'on' });
              if (!res.ok) return setError(res.error.message);
              close();
              router.refresh();
            });
          }}
        >
          <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
            Name
            <input ref={input} name="name" required maxLength={60} defaultValue={defaultName} className="h-8 rounded-md border-0 px-2 text-sm ring-1 ring-slate-300 ring-inset focus-visible:outline-2 focus-visible:outline-brand-600" />
          </label>
          {canShare && (
            <label className="flex items-center gap-2 text-xs text-slate-700">
              <input type="checkbox" name="shared" className="h-4 w-4 accent-brand-600" />
              Share with the workspace
            </label>
          )}
          {error && (
            <p role="alert" className="text-xs text-red-700">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass('ghost')} onClick={close}>
              Cancel
            </button>
            <button type="submit" disabled={pending} className={buttonClass('primary')}>
              {pending ? 'Saving…' : 'Save'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
