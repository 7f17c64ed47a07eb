'use client';
// Add or edit a shift: whose hours, for which team (or all their teams), the
// time zone the hours are in, the weekly hours, and on-call duty.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createShiftAction, updateShiftAction } from '@/app/(manage)/settings/shifts/actions';
import { createShiftInput, updateShiftInput } from '@/lib/settings/shift-input';
import type { HoursRow } from '@/lib/settings/summarize-hours';
import { Field } from './field';
import { FormFooter } from './form-footer';
import { checkboxClass, fieldsetClass, inputClass, legendClass } from './form-styles';
import { useActionForm } from './use-action-form';
import { WeeklyHoursEditor } from './weekly-hours-editor';

type Option = { value: string; label: string };
type Props = {
  shift?: { id: string; membershipId: string; teamId: string | null; name: string; timezone: string; weeklyHours: HoursRow[]; onCall: boolean };
  members: Option[];
  teams: Option[];
  timeZones: string[];
  defaultTimezone: string;
  defaultMemberId?: string;
};

export function ShiftForm({ shift, members, teams, timeZones, defaultTimezone, defaultMemberId }: Props) {
  const router = useRouter();
  const form = useActionForm();
  const [membershipId, setMembershipId] = useState(shift?.membershipId ?? defaultMemberId ?? '');
  const [teamId, setTeamId] = useState(shift?.teamId ?? '');
  const [name, setName] = useState(shift?.name ?? '');
  const [timezone, setTimezone] = useState(shift?.timezone ?? defaultTimezone);
  const [hours, setHours] = useState<HoursRow[]>(shift?.weeklyHours ?? [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })));
  const [onCall, setOnCall] = useState(shift?.onCall ?? false);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const base = { membershipId, teamId: teamId || null, name, timezone: timezone.trim(), weeklyHours: hours, onCall };
    const onDone = (d: { id: string }) => {
      router.push(`/settings/shifts?saved=${d.id}`);
      router.refresh();
    };
    if (shift) form.submit({ schema: updateShiftInput, value: { ...base, id: shift.id }, action: updateShiftAction, onDone });
    else form.submit({ schema: createShiftInput, value: base, action: createShiftAction, onDone });
  }

  const e = form.errorFor;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Shift</legend>
        <div className="grid grid-cols-2 gap-4">
          <Field path="membershipId" label="Person" error={e('membershipId') && 'Choose who works these hours'} required>
            <select value={membershipId} onChange={(ev) => setMembershipId(ev.target.value)} className={inputClass}>
              <option value="">Choose a person…</option>
              {members.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </Field>
          <Field path="teamId" label="For team" help="Hours for one team, or when they work for all their teams." error={e('teamId')}>
            <select value={teamId} onChange={(ev) => setTeamId(ev.target.value)} className={inputClass}>
              <option value="">All their teams</option>
              {teams.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </Field>
          <Field path="name" label="Name" help="Shown in handoff notes, e.g. “Overnight”." error={e('name')}>
            <input value={name} onChange={(ev) => setName(ev.target.value)} maxLength={80} className={inputClass} placeholder="Office hours" />
          </Field>
          <Field path="timezone" label="Time zone" help="The hours below are in this zone (daylight saving is handled)." error={e('timezone')} required>
            <input value={timezone} onChange={(ev) => setTimezone(ev.target.value)} list="time-zones" className={inputClass} placeholder="Europe/London" autoComplete="off" />
          </Field>
        </div>
        <datalist id="time-zones">
          {timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <WeeklyHoursEditor path="weeklyHours" label="Weekly hours" rows={hours} onChange={setHours} errorFor={e} />
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={onCall} onChange={(ev) => setOnCall(ev.target.checked)} className={checkboxClass} />
          On call during these hours (a senior person on call takes SEV1 escalations)
        </label>
      </fieldset>
      <FormFooter error={form.error} pending={form.pending} submitLabel={shift ? 'Save shift' : 'Add shift'} cancelHref="/settings/shifts" />
    </form>
  );
}
