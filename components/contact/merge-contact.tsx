'use client';
// "Merge with…": when the same person wrote on two channels and became two
// contacts. A modal dialog: type a name, handle, email or phone (searched on
// the server, this workspace only), pick the other contact with ↑/↓ and Enter,
// confirm. The other contact's identities and conversations move here
// (lib/contacts/merge-contacts.ts); this contact's name stays.
import { useEffect, useId, useRef, useState } from 'react';
import { mergeContactsAction, searchContactsAction } from '@/app/(inbox)/inbox/actions';
import type { ContactMatch } from '@/lib/contacts/search-contacts';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { inputClass } from '@/components/settings/form-styles';
import { channelLabel } from '@/components/inbox/channel-badge';
import { useRunAction } from '@/components/inbox/actions/use-run-action';

export function MergeContact({ contactId, contactName }: { contactId: string; contactName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const openDialog = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" className="rounded px-1 text-xs font-medium text-brand-700 hover:underline" onClick={openDialog}>
        Merge with…
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`merge-title-${contactId}`}
        className="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-xl border border-slate-200 bg-white p-0 shadow-2xl backdrop:bg-slate-900/40"
        onClose={() => setOpen(false)}
      >
        {open && <MergeForm contactId={contactId} contactName={contactName} close={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

function MergeForm({ contactId, contactName, close }: { contactId: string; contactName: string; close: () => void }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<ContactMatch[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<ContactMatch | null>(null);
  const { pending, error, run } = useRunAction();
  const listId = useId();

  // Type-ahead: the latest query wins; a short pause keeps requests few.
  useEffect(() => {
    const query = q.trim();
    if (!query) return setResults(null);
    let live = true;
    const t = setTimeout(() => {
      searchContactsAction({ q: query, excludeId: contactId })
        .then((r) => {
          if (!live) return;
          if (r.ok) {
            setResults(r.data);
            setSearchError(null);
            setActive(0);
          } else setSearchError(r.error.message);
        })
        .catch(() => live && setSearchError('Could not search. Check your connection.'));
    }, 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, contactId]);

  const title = <h2 id={`merge-title-${contactId}`} className="text-sm font-semibold text-slate-900">Merge another contact into {contactName}</h2>;

  if (chosen) {
    return (
      <div className="flex flex-col gap-3 p-5">
        {title}
        <p className="text-sm text-slate-700">
          <strong>{chosen.name}</strong>’s {chosen.identities.length === 1 ? 'identity' : 'identities'} and {chosen.conversationCount}{' '}
          {chosen.conversationCount === 1 ? 'conversation' : 'conversations'} move to <strong>{contactName}</strong>. Notes are kept from both; {chosen.name} will
          no longer be listed as a separate contact. This cannot be undone from here.
        </p>
        {error && <p role="alert" className="text-xs font-medium text-red-700">{error}</p>}
        <div className="flex justify-end gap-2">
          <button type="button" className={buttonClass('ghost')} onClick={() => setChosen(null)} disabled={pending}>
            Back
          </button>
          <button
            type="button"
            autoFocus
            className={buttonClass('primary')}
            disabled={pending}
            onClick={() => run('merge', () => mergeContactsAction({ keepId: contactId, mergeId: chosen.id }), close)}
          >
            {pending ? 'Merging…' : `Merge ${chosen.name} into ${contactName}`}
          </button>
        </div>
      </div>
    );
  }

  const shown = results ?? [];
  return (
    <div className="flex flex-col gap-3 p-5">
      {title}
      <label htmlFor={`merge-q-${contactId}`} className="text-xs text-slate-600">
        Find the other contact by name, handle, email or phone
      </label>
      <input
        id={`merge-q-${contactId}`}
        type="text"
        role="combobox"
        autoFocus
        autoComplete="off"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown.length ? `${listId}-${Math.min(active, shown.length - 1)}` : undefined}
        className={inputClass}
        value={q}
        placeholder="e.g. ana@example.com"
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (!shown.length) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            setChosen(shown[Math.min(active, shown.length - 1)]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Matching contacts" className="max-h-64 overflow-y-auto">
        {searchError && <li role="alert" className="py-2 text-xs text-red-700">{searchError}</li>}
        {results && !shown.length && !searchError && <li className="py-2 text-xs text-slate-500">No other contact matches “{q.trim()}”.</li>}
        {shown.map((m, i) => (
          <li
            key={m.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={cx('cursor-pointer rounded-md px-2 py-1.5', i === active && 'bg-brand-50 ring-1 ring-brand-200 ring-inset')}
            onMouseMove={() => setActive(i)}
            onClick={() => setChosen(m)}
          >
            <span className="block text-sm font-medium text-slate-900">
              {m.name}
              {m.isVip && <span className="ml-1 text-[11px] font-semibold text-amber-700">VIP</span>}
              <span className="ml-1 text-[11px] font-normal text-slate-500">
                · {m.conversationCount} {m.conversationCount === 1 ? 'conversation' : 'conversations'}
              </span>
            </span>
            <span className="block truncate text-[11px] text-slate-500">
              {m.identities.map((i) => `${channelLabel(i.provider)} ${i.label}`).join(' · ') || 'No identities'}
            </span>
          </li>
        ))}
      </ul>
      <div className="flex justify-end">
        <button type="button" className={buttonClass('ghost')} onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
