'use client';
// A team's settings: name, description, how work is shared out, the team's
// manager (told about SLA breaches and unaccepted handoffs) and the optional
// automatic acknowledgement templates.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { updateTeamAction } from '@/app/(manage)/settings/teams/actions';
import { updateTeamInput } from '@/lib/settings/team-input';
import type { AutoAckSettings } from '@/lib/sla/auto-ack-settings';
import { Field } from './field';
import { FormFooter } from './form-footer';
import { checkboxClass, fieldsetClass, inputClass, legendClass, textareaClass } from './form-styles';
import { useActionForm } from './use-action-form';

type Props = {
  team: { id: string; name: string; description: string; assignmentMode: 'round_robin' | 'least_loaded' | 'manual'; managerId: string | null; autoAck: AutoAckSettings | null };
  members: { value: string; label: string }[];
};

const MODES = [
  { value: 'round_robin', label: 'Round robin', help: 'Takes turns: the person on shift assigned longest ago, within their capacity.' },
  { value: 'least_loaded', label: 'Least loaded', help: 'The person on shift with the fewest open conversations, within their capacity.' },
  { value: 'manual', label: 'Manual', help: 'Conversations wait in the team queue until someone assigns them.' },
] as const;

export function TeamForm({ team, members }: Props) {
  const router = useRouter();
  const form = useActionForm();
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description);
  const [mode, setMode] = useState(team.assignmentMode);
  const [managerId, setManagerId] = useState(team.managerId ?? '');
  const [ackOn, setAckOn] = useState(team.autoAck?.enabled ?? false);
  const [message, setMessage] = useState(team.autoAck?.message ?? '');
  const [outOfHours, setOutOfHours] = useState(team.autoAck?.outOfHoursMessage ?? '');

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const keepAck = ackOn || message.trim() || outOfHours.trim();
    const autoAck = keepAck ? { enabled: ackOn, ...(message.trim() ? { message } : {}), ...(outOfHours.trim() ? { outOfHoursMessage: outOfHours } : {}) } : null;
    form.submit({
      schema: updateTeamInput,
      value: { id: team.id, name, description, assignmentMode: mode, managerId: managerId || null, settings: { autoAck } },
      action: updateTeamAction,
      onDone: () => {
        router.push(`/settings/teams?saved=${team.id}`);
        router.refresh();
      },
    });
  }

  const e = form.errorFor;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate aria-label="Team settings">
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Team</legend>
        <div className="grid grid-cols-2 gap-4">
          <Field path="name" label="Name" error={e('name')} required>
            <input value={name} onChange={(ev) => setName(ev.target.value)} maxLength={80} className={inputClass} />
          </Field>
          <Field path="managerId" label="Team manager" help="Gets SLA breach alerts and sees handoffs nobody accepted." error={e('managerId')}>
            <select value={managerId} onChange={(ev) => setManagerId(ev.target.value)} className={inputClass}>
              <option value="">No manager</option>
              {members.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field path="description" label="What the team handles" help="Shown on the playbook." error={e('description')}>
          <textarea value={description} onChange={(ev) => setDescription(ev.target.value)} rows={2} maxLength={500} className={textareaClass} />
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Assignment</legend>
          <div className="mt-1 grid grid-cols-3 gap-2">
            {MODES.map((m) => (
              <label key={m.value} className="flex cursor-pointer gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                <input type="radio" name="assignmentMode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} className="mt-0.5 accent-brand-600" />
                <span>
                  <span className="font-medium text-slate-900">{m.label}</span>
                  <span className="mt-0.5 block text-xs text-slate-600">{m.help}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Automatic acknowledgement</legend>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={ackOn} onChange={(ev) => setAckOn(ev.target.checked)} className={checkboxClass} />
          Send an automatic first answer when a new conversation is routed to this team
        </label>
        <Field path="settings.autoAck.message" label="Message" help="Placeholders: {{contact.firstName}}, {{team.name}}, {{workspace.name}}, {{channel.name}}." error={e('settings.autoAck.message')}>
          <textarea value={message} onChange={(ev) => setMessage(ev.target.value)} rows={3} maxLength={2000} className={textareaClass} placeholder="Hi {{contact.firstName}}, thanks for writing to {{workspace.name}}. {{team.name}} will answer shortly." />
        </Field>
        <Field path="settings.autoAck.outOfHoursMessage" label="Out-of-hours message" help="Sent instead when nobody in the team is on shift; {{team.nextShiftStart}} says when they are back." error={e('settings.autoAck.outOfHoursMessage')}>
          <textarea value={outOfHours} onChange={(ev) => setOutOfHours(ev.target.value)} rows={3} maxLength={2000} className={textareaClass} placeholder="Thanks {{contact.firstName}}! We are offline now and back at {{team.nextShiftStart}}." />
        </Field>
      </fieldset>
      <FormFooter error={form.error} pending={form.pending} submitLabel="Save team" cancelHref="/settings/teams" />
    </form>
  );
}
