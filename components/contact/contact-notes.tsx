'use client';
// Notes about the contact, shared by everyone who opens any of their
// conversations. Shown as text; "Edit" turns it into a field (Ctrl/⌘+Enter
// saves, Esc cancels) so nothing is changed by a stray keystroke.
import { useRef, useState } from 'react';
import { updateContactAction } from '@/app/(inbox)/inbox/actions';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { textareaClass } from '@/components/settings/form-styles';
import { useRunAction } from '@/components/inbox/actions/use-run-action';

export function ContactNotes({ contactId, notes }: { contactId: string; notes: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(notes);
  const { pending, busy, error, run } = useRunAction();
  const editButton = useRef<HTMLButtonElement>(null);
  const stop = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const save = () => run('notes', () => updateContactAction({ contactId, notes: draft }), stop);

  if (!editing) {
    return (
      <div className="mt-3">
        <div className="flex items-center justify-between">
          <h4 className="text-xs font-medium text-slate-500">Notes</h4>
          <button
            ref={editButton}
            type="button"
            className="rounded px-1 text-xs font-medium text-brand-700 hover:underline"
            onClick={() => {
              setDraft(notes);
              setEditing(true);
            }}
          >
            {notes ? 'Edit' : 'Add note'}
          </button>
        </div>
        {notes ? (
          <p className="mt-1 rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap text-slate-700" data-testid="contact-notes">
            {notes}
          </p>
        ) : (
          <p className="mt-1 text-xs text-slate-500 italic">No notes yet.</p>
        )}
      </div>
    );
  }
  return (
    <form
      className="mt-3 flex flex-col gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor={`notes-${contactId}`} className="text-xs font-medium text-slate-500">
        Notes
      </label>
      <textarea
        id={`notes-${contactId}`}
        autoFocus
        rows={4}
        maxLength={5000}
        className={cx(textareaClass, 'text-xs')}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            stop();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      />
      <div className="flex items-center justify-end gap-2">
        <button type="button" className={buttonClass('ghost')} onClick={stop} disabled={pending}>
          Cancel
        </button>
        <button type="submit" className={buttonClass('primary')} disabled={pending}>
          {busy === 'notes' ? 'Saving…' : 'Save notes'}
        </button>
      </div>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </form>
  );
}
