'use client';
// "Hand off" on a conversation: pick a team (the conversation's own first)
// and either the next person on shift there or a named teammate, write a
// note for them, and send. The choices load when the form opens (who is on
// shift now, when the others are back), so this stays self-contained.
import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { handOffAction, handoffTargetsAction } from '@/app/(inbox)/handoffs/actions';
import type { HandoffTargets } from '@/lib/handoffs/list-handoff-targets';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { Field } from '@/components/settings/field';
import { inputClass, textareaClass } from '@/components/settings/form-styles';
import { useActionForm } from '@/components/settings/use-action-form';

export function HandOffButton({ conversationId }: { conversationId: string }) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => wrapper.current && !wrapper.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  return (
    <div ref={wrapper} className="relative">
      <button type="button" className={buttonClass('secondary')} aria-expanded={open} aria-haspopup="dialog" onClick={() => setOpen((o) => !o)}>
        Hand off
      </button>
      {open && <HandOffForm conversationId={conversationId} onClose={() => setOpen(false)} />}
    </div>
  );
}

function HandOffForm({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const router = useRouter();
  const form = useActionForm();
  const [targets, setTargets] = useState<HandoffTargets | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [, startLoad] = useTransition();
  const [teamId, setTeamId] = useState('');
  const [toId, setToId] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    startLoad(async () => {
      try {
        const r = await handoffTargetsAction({ conversationId });
        if (!r.ok) return setLoadError(r.error.message);
        setTargets(r.data);
        setTeamId(r.data.conversationTeamId ?? r.data.teams[0]?.id ?? '');
      } catch {
        setLoadError('Could not load the teams. Check your connection.');
      }
    });
  }, [conversationId]);

  const team = targets?.teams.find((t) => t.id === teamId);
  const e = form.errorFor;
  return (
    <div role="dialog" aria-label="Hand off this conversation" className="absolute right-0 z-20 mt-2 w-[26rem] rounded-lg border border-slate-200 bg-white p-4 text-left shadow-lg">
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(ev) => {
          ev.preventDefault();
          // Checked on the server with the API's schema (lib/routing/hand-off-conversation.ts).
          form.submit({
            value: { conversationId, note, ...(teamId ? { teamId } : {}), ...(toId ? { toId } : {}) },
            action: handOffAction,
            onDone: () => {
              onClose();
              router.refresh();
            },
          });
        }}
      >
        <h2 className="text-sm font-semibold text-slate-900">Hand off to the next shift</h2>
        {loadError && (
          <p role="alert" className="text-xs font-medium text-red-700">
            {loadError}
          </p>
        )}
        {!targets && !loadError && <p className="text-sm text-slate-500">Loading teams…</p>}
        {targets && (
          <>
            <Field path="teamId" label="Team" error={e('teamId')}>
              <select
                value={teamId}
                onChange={(ev) => {
                  setTeamId(ev.target.value);
                  setToId('');
                }}
                className={inputClass}
              >
                {targets.teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                    {t.id === targets.conversationTeamId ? ' (this conversation’s team)' : ''}
                  </option>
                ))}
              </select>
            </Field>
            {team && <p className="-mt-2 text-xs text-slate-600">{team.availability}</p>}
            <Field path="toId" label="To" error={e('toId')}>
              <select value={toId} onChange={(ev) => setToId(ev.target.value)} className={inputClass}>
                <option value="">The next person on shift in {team?.name ?? 'the team'}</option>
                {team?.members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} — {m.availability}
                  </option>
                ))}
              </select>
            </Field>
            <Field path="note" label="Note for them" help="Who it is, what they want, what you already did, by when." error={e('note')} required>
              <textarea value={note} onChange={(ev) => setNote(ev.target.value)} rows={4} maxLength={2000} className={textareaClass} placeholder="Lead for 300 jackets, wants a quote by Friday; I confirmed sizes." />
            </Field>
          </>
        )}
        <div role="alert" aria-live="assertive" className={cx(form.error ? 'text-xs font-medium text-red-700' : 'sr-only')}>
          {form.error ?? ''}
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" className={buttonClass('ghost')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={!targets || form.pending} className={buttonClass('primary')}>
            {form.pending ? 'Handing off…' : 'Hand off'}
          </button>
        </div>
      </form>
    </div>
  );
}
