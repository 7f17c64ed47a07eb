'use client';
// A person's seat in the workspace: title, languages (routing matches them to
// conversations), skills, default capacity, seniority (SEV1 escalations) and
// whether they are active (deactivating returns their open work to the queue).
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { updateMemberAction } from '@/app/(manage)/settings/teams/actions';
import { updateMemberInput } from '@/lib/settings/team-input';
import { Field } from './field';
import { FormFooter } from './form-footer';
import { checkboxClass, fieldsetClass, inputClass, legendClass } from './form-styles';
import { useActionForm } from './use-action-form';

type Props = { member: { id: string; name: string; title: string | null; languages: string[]; skills: string[]; capacity: number; isSenior: boolean; active: boolean; openCount: number }; isSelf: boolean };

const list = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);

export function MemberForm({ member, isSelf }: Props) {
  const router = useRouter();
  const form = useActionForm();
  const [title, setTitle] = useState(member.title ?? '');
  const [languages, setLanguages] = useState(member.languages.join(', '));
  const [skills, setSkills] = useState(member.skills.join(', '));
  const [capacity, setCapacity] = useState(String(member.capacity));
  const [isSenior, setIsSenior] = useState(member.isSenior);
  const [active, setActive] = useState(member.active);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    form.submit({
      schema: updateMemberInput,
      value: { id: member.id, title: title.trim() || null, languages: list(languages), skills: list(skills), capacity: capacity.trim() === '' ? Number.NaN : Number(capacity), isSenior, active },
      action: updateMemberAction,
      onDone: () => {
        router.push(`/settings/teams?saved=${member.id}`);
        router.refresh();
      },
    });
  }

  const e = form.errorFor;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Routing profile</legend>
        <div className="grid grid-cols-2 gap-4">
          <Field path="title" label="Title" error={e('title')}>
            <input value={title} onChange={(ev) => setTitle(ev.target.value)} maxLength={80} className={inputClass} />
          </Field>
          <Field path="capacity" label="Default capacity" help="Open conversations they can hold at once; a team seat may override it. 0 pauses new assignments." error={e('capacity')} required>
            <input type="number" min={0} max={500} value={capacity} onChange={(ev) => setCapacity(ev.target.value)} className={inputClass} />
          </Field>
          <Field path="languages" label="Languages" help="Codes, comma-separated: en, ro, zh-Hant. Routing matches conversations in these languages." error={e('languages')}>
            <input value={languages} onChange={(ev) => setLanguages(ev.target.value)} className={inputClass} />
          </Field>
          <Field path="skills" label="Skills" help="Short words, comma-separated: billing, enterprise." error={e('skills')}>
            <input value={skills} onChange={(ev) => setSkills(ev.target.value)} className={inputClass} />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={isSenior} onChange={(ev) => setIsSenior(ev.target.checked)} className={checkboxClass} />
          Senior: takes SEV1 escalations when on call
        </label>
        <div>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" checked={active} disabled={isSelf} onChange={(ev) => setActive(ev.target.checked)} className={checkboxClass} aria-describedby="f-active-help" />
            Active
          </label>
          <p id="f-active-help" className="mt-1 text-xs text-slate-500">
            {isSelf
              ? 'You cannot deactivate yourself.'
              : member.active && !active
                ? `Deactivating signs them out and puts their ${member.openCount} open conversation${member.openCount === 1 ? '' : 's'} back in the team queues.`
                : 'Inactive people cannot sign in and get no conversations.'}
          </p>
          {e('active') && <p className="mt-1 text-xs font-medium text-red-700">{e('active')}</p>}
        </div>
      </fieldset>
      <FormFooter error={form.error} pending={form.pending} submitLabel="Save person" cancelHref="/settings/teams" />
    </form>
  );
}
