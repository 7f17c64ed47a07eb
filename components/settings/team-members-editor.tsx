'use client';
// The people in a team and their seat: capacity in this team (empty: their
// default), lead, open work; add a person, remove one. Each row saves on its
// own. Raising a capacity lets waiting conversations be assigned at once.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { removeTeamMemberAction, setTeamMemberAction } from '@/app/(manage)/settings/teams/actions';
import { setTeamMemberInput } from '@/lib/settings/team-input';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { checkboxClass, fieldId, inputBase } from './form-styles';
import { useActionForm } from './use-action-form';

type Seat = { membershipId: string; name: string; active: boolean; capacity: number | null; defaultCapacity: number; isLead: boolean; openCount: number; availability: string; onShift: boolean };

export function TeamMembersEditor({ teamId, teamName, seats, others }: { teamId: string; teamName: string; seats: Seat[]; others: { value: string; label: string }[] }) {
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">Person</th>
              <th scope="col" className="px-4 py-2">Now</th>
              <th scope="col" className="px-4 py-2">Open</th>
              <th scope="col" className="px-4 py-2">Capacity in {teamName}</th>
              <th scope="col" className="px-4 py-2">Lead</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {seats.length === 0 && (
              <tr>
                <td colSpan={6} className="px-4 py-6 text-center text-slate-500">Nobody in this team yet.</td>
              </tr>
            )}
            {seats.map((s) => (
              <SeatRow key={s.membershipId} teamId={teamId} seat={s} />
            ))}
          </tbody>
        </table>
      </div>
      <AddMember teamId={teamId} others={others} />
    </div>
  );
}

function SeatRow({ teamId, seat }: { teamId: string; seat: Seat }) {
  const router = useRouter();
  const form = useActionForm();
  const [capacity, setCapacity] = useState(seat.capacity === null ? '' : String(seat.capacity));
  const [isLead, setIsLead] = useState(seat.isLead);
  const [removing, startRemove] = useTransition();
  const [note, setNote] = useState<string | null>(null);
  const dirty = capacity !== (seat.capacity === null ? '' : String(seat.capacity)) || isLead !== seat.isLead;
  const path = `capacity`;
  const err = form.errorFor(path);

  const save = () =>
    form.submit({
      schema: setTeamMemberInput,
      value: { teamId, membershipId: seat.membershipId, capacity: capacity.trim() === '' ? null : Number(capacity), isLead },
      action: setTeamMemberAction,
      onDone: (d) => {
        setNote(d.backlogQueued ? 'Saved: waiting conversations are being assigned' : 'Saved');
        router.refresh();
      },
    });
  const remove = () =>
    startRemove(async () => {
      const r = await removeTeamMemberAction({ teamId, membershipId: seat.membershipId });
      if (!r.ok) form.setError(r.error.message);
      else router.refresh();
    });

  const id = `${fieldId(`seat-${seat.membershipId}`)}`;
  return (
    <tr data-member-id={seat.membershipId} className={cx(!seat.active && 'text-slate-400')}>
      <td className="px-4 py-2.5 font-medium text-slate-900">
        {seat.name}
        {!seat.active && <span className="ml-2 text-xs font-normal text-slate-500">(inactive)</span>}
      </td>
      <td className="px-4 py-2.5 text-xs text-slate-600">
        <span className={cx('mr-1.5 inline-block h-2 w-2 rounded-full', seat.onShift ? 'bg-emerald-500' : 'bg-slate-300')} aria-hidden="true" />
        {seat.availability}
      </td>
      <td className="px-4 py-2.5 tabular-nums">{seat.openCount}</td>
      <td className="px-4 py-2.5">
        <input
          id={id}
          type="number"
          min={0}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          placeholder={`default ${seat.defaultCapacity}`}
          aria-label={`Capacity of ${seat.name} in this team`}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-error` : undefined}
          className={cx(inputBase, 'w-28')}
        />
        {err && (
          <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
            {err}
          </p>
        )}
      </td>
      <td className="px-4 py-2.5">
        <input type="checkbox" checked={isLead} onChange={(e) => setIsLead(e.target.checked)} className={checkboxClass} aria-label={`${seat.name} leads this team`} />
      </td>
      <td className="px-4 py-2.5 text-right whitespace-nowrap">
        <span className="mr-2 text-xs text-slate-500" role="status">
          {form.error && !err ? <span className="text-red-700">{form.error}</span> : note}
        </span>
        <button type="button" onClick={save} disabled={!dirty || form.pending} className={buttonClass(dirty ? 'primary' : 'secondary', 'sm')} aria-label={`Save ${seat.name}`}>
          {form.pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={remove} disabled={removing} className={buttonClass('ghost', 'sm', 'ml-1')} aria-label={`Remove ${seat.name} from the team`}>
          Remove
        </button>
      </td>
    </tr>
  );
}

function AddMember({ teamId, others }: { teamId: string; others: { value: string; label: string }[] }) {
  const router = useRouter();
  const form = useActionForm();
  const [membershipId, setMembershipId] = useState('');
  if (!others.length) return null;
  return (
    <form
      className="flex items-end gap-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit({
          schema: setTeamMemberInput,
          value: { teamId, membershipId },
          action: setTeamMemberAction,
          onDone: () => {
            setMembershipId('');
            router.refresh();
          },
        });
      }}
    >
      <div>
        <label htmlFor="f-add-member" className="text-sm font-medium text-slate-800">
          Add a person
        </label>
        <select id="f-add-member" value={membershipId} onChange={(e) => setMembershipId(e.target.value)} className={cx(inputBase, 'mt-1 block w-64')}>
          <option value="">Choose…</option>
          {others.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={!membershipId || form.pending} className={buttonClass('secondary', 'md')}>
        Add to team
      </button>
      {form.error && (
        <p role="alert" className="pb-2 text-xs font-medium text-red-700">
          {form.error}
        </p>
      )}
    </form>
  );
}
