'use client';
// Add or edit a tag's playbook entry: name, colour, owner team, what it means
// and what to do next. The key is chosen once and never changes.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createTagAction, updateTagAction } from '@/app/(manage)/settings/tags/actions';
import { createTagInput, updateTagInput } from '@/lib/settings/tag-input';
import { Field } from './field';
import { FormFooter } from './form-footer';
import { fieldsetClass, inputBase, inputClass, legendClass, textareaClass } from './form-styles';
import { useActionForm } from './use-action-form';

type Props = {
  tag?: { id: string; key: string; name: string; description: string; nextSteps: string; color: string; ownerTeam: string | null };
  teams: { value: string; label: string }[];
};

export function TagForm({ tag, teams }: Props) {
  const router = useRouter();
  const form = useActionForm();
  const [key, setKey] = useState(tag?.key ?? '');
  const [name, setName] = useState(tag?.name ?? '');
  const [color, setColor] = useState(tag?.color ?? '#64748b');
  const [ownerTeam, setOwnerTeam] = useState(tag?.ownerTeam ?? '');
  const [description, setDescription] = useState(tag?.description ?? '');
  const [nextSteps, setNextSteps] = useState(tag?.nextSteps ?? '');

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const base = { name, color, ownerTeam: ownerTeam || null, description, nextSteps };
    const onDone = (d: { id: string }) => {
      router.push(`/settings/tags/${d.id}?saved=1`);
      router.refresh();
    };
    if (tag) form.submit({ schema: updateTagInput, value: { ...base, id: tag.id }, action: updateTagAction, onDone });
    else form.submit({ schema: createTagInput, value: { ...base, key }, action: createTagAction, onDone });
  }

  const e = form.errorFor;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate aria-label="Tag">
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Tag</legend>
        <div className="grid grid-cols-2 gap-4">
          <Field path="name" label="Name" error={e('name')} required>
            <input value={name} onChange={(ev) => setName(ev.target.value)} maxLength={60} className={inputClass} placeholder="Refund request" />
          </Field>
          {tag ? (
            <div>
              <span className="text-sm font-medium text-slate-800">Key</span>
              <p className="mt-1 flex h-9 items-center">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-sm text-slate-700">{tag.key}</code>
              </p>
              <p className="mt-1 text-xs text-slate-500">Fixed: rules, reports and the API refer to it.</p>
            </div>
          ) : (
            <Field path="key" label="Key" help="Lower-case letters, digits and _; fixed once created." error={e('key')} required>
              <input value={key} onChange={(ev) => setKey(ev.target.value)} maxLength={40} className={`${inputClass} font-mono`} placeholder="refund_request" />
            </Field>
          )}
          <Field path="ownerTeam" label="Owner team" help="Who handles conversations with this tag." error={e('ownerTeam')}>
            <select value={ownerTeam} onChange={(ev) => setOwnerTeam(ev.target.value)} className={inputClass}>
              <option value="">No owner</option>
              {teams.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </Field>
          <Field path="color" label="Colour" error={e('color')}>
            <div className="flex items-center gap-2">
              <input type="color" value={/^#[0-9a-f]{6}$/i.test(color) ? color : '#64748b'} onChange={(ev) => setColor(ev.target.value)} className="h-9 w-12 rounded border border-slate-300" aria-label="Pick a colour" />
              <input value={color} onChange={(ev) => setColor(ev.target.value)} className={`${inputBase} w-32 font-mono`} aria-label="Colour code" />
            </div>
          </Field>
        </div>
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Playbook</legend>
        <Field path="description" label="What it means" help="When to use this tag, and when not to. Everyone reads this on the playbook." error={e('description')}>
          <textarea value={description} onChange={(ev) => setDescription(ev.target.value)} rows={5} maxLength={2000} className={textareaClass} />
        </Field>
        <Field path="nextSteps" label="Next steps" help="What to do, numbered: “1. Reply within the SLA. 2. …” — including out of hours." error={e('nextSteps')}>
          <textarea value={nextSteps} onChange={(ev) => setNextSteps(ev.target.value)} rows={6} maxLength={4000} className={textareaClass} />
        </Field>
      </fieldset>
      <FormFooter error={form.error} pending={form.pending} submitLabel={tag ? 'Save tag' : 'Add tag'} cancelHref="/settings/tags" />
    </form>
  );
}
