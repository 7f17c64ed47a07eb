'use client';
// Add or edit an SLA policy: which conversations it covers (severity and/or
// channel), its first response, next response and resolution targets, and
// whether they count calendar time or only the given business hours.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createSlaPolicyAction, updateSlaPolicyAction } from '@/app/(manage)/settings/sla/actions';
import { createSlaPolicyInput, providerValues, slaPolicyProblems, updateSlaPolicyInput } from '@/lib/settings/sla-policy-input';
import { PROVIDER_LABEL } from '@/lib/settings/describe-routing-rule';
import type { HoursRow } from '@/lib/settings/summarize-hours';
import type { SlaPolicyView } from '@/lib/settings/sla-policy-view';
import { DurationInput } from './duration-input';
import { Field } from './field';
import { FormFooter } from './form-footer';
import { checkboxClass, fieldsetClass, inputClass, legendClass } from './form-styles';
import { useActionForm } from './use-action-form';
import { WeeklyHoursEditor } from './weekly-hours-editor';

const SEVERITY_LABEL = ['', 'SEV1 · Critical', 'SEV2 · High', 'SEV3 · Medium', 'SEV4 · Low'];

type Props = { policy?: Omit<SlaPolicyView, 'createdAt'>; timeZones: string[]; defaultTimezone: string };

export function SlaPolicyForm({ policy, timeZones, defaultTimezone }: Props) {
  const router = useRouter();
  const form = useActionForm();
  const [name, setName] = useState(policy?.name ?? '');
  const [severity, setSeverity] = useState(policy?.severity ? String(policy.severity) : '');
  const [provider, setProvider] = useState(policy?.provider ?? '');
  const [first, setFirst] = useState<number | null>(policy?.firstResponseMinutes ?? 60);
  const [next, setNext] = useState<number | null>(policy?.nextResponseMinutes ?? null);
  const [resolution, setResolution] = useState<number | null>(policy?.resolutionMinutes ?? null);
  const [businessHoursOnly, setBusinessHoursOnly] = useState(policy?.businessHoursOnly ?? false);
  const [timezone, setTimezone] = useState(policy?.businessHours?.timezone ?? defaultTimezone);
  const [days, setDays] = useState<HoursRow[]>(policy?.businessHours?.days ?? [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:30' })));
  const [enabled, setEnabled] = useState(policy?.enabled ?? true);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const base = {
      name,
      severity: severity ? Number(severity) : null,
      provider: (provider || null) as (typeof providerValues)[number] | null,
      firstResponseMinutes: first ?? Number.NaN,
      nextResponseMinutes: next,
      resolutionMinutes: resolution,
      businessHoursOnly,
      enabled,
      // Only sent when counting business hours; otherwise the stored hours are kept.
      ...(businessHoursOnly ? { businessHours: { timezone: timezone.trim(), days } } : {}),
    };
    const onDone = (d: { id: string }) => {
      router.push(`/settings/sla?saved=${d.id}`);
      router.refresh();
    };
    const check = (v: typeof base) => slaPolicyProblems({ ...v, businessHours: v.businessHours ?? null });
    if (policy) form.submit({ schema: updateSlaPolicyInput, check, value: { ...base, id: policy.id }, action: updateSlaPolicyAction, onDone });
    else form.submit({ schema: createSlaPolicyInput, check, value: base, action: createSlaPolicyAction, onDone });
  }

  const e = form.errorFor;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Policy</legend>
        <Field path="name" label="Name" error={e('name')} required>
          <input value={name} onChange={(ev) => setName(ev.target.value)} maxLength={120} className={inputClass} placeholder="SEV2 · High" />
        </Field>
        <div className="grid grid-cols-2 gap-4">
          <Field path="severity" label="Severity" help="The most specific enabled policy wins: severity and channel, then severity, then channel, then a default." error={e('severity')}>
            <select value={severity} onChange={(ev) => setSeverity(ev.target.value)} className={inputClass}>
              <option value="">Any severity</option>
              {[1, 2, 3, 4].map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABEL[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field path="provider" label="Channel" error={e('provider')}>
            <select value={provider} onChange={(ev) => setProvider(ev.target.value)} className={inputClass}>
              <option value="">Any channel</option>
              {providerValues.map((p) => (
                <option key={p} value={p}>
                  {PROVIDER_LABEL[p]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={enabled} onChange={(ev) => setEnabled(ev.target.checked)} className={checkboxClass} />
          Enabled
        </label>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Targets</legend>
        <div className="grid grid-cols-3 gap-4">
          <Field path="firstResponseMinutes" label="First response" help="From when the conversation opens." error={e('firstResponseMinutes')} required>
            <DurationInput label="First response" minutes={first} onChange={setFirst} />
          </Field>
          <Field path="nextResponseMinutes" label="Next response" help="After the customer writes again. Empty: none." error={e('nextResponseMinutes')}>
            <DurationInput label="Next response" minutes={next} onChange={setNext} />
          </Field>
          <Field path="resolutionMinutes" label="Resolution" help="From opening (or reopening). Empty: none." error={e('resolutionMinutes')}>
            <DurationInput label="Resolution" minutes={resolution} onChange={setResolution} />
          </Field>
        </div>
        <p className="text-xs text-slate-500">A warning goes out 15 minutes before a deadline (sooner for short targets), and an alert at the deadline, to the assignee and the team’s manager.</p>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Counting</legend>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={businessHoursOnly} onChange={(ev) => setBusinessHoursOnly(ev.target.checked)} className={checkboxClass} />
          Count only business hours (otherwise the clock runs day and night)
        </label>
        {businessHoursOnly && (
          <>
            <Field path="businessHours.timezone" label="Business hours time zone" error={e('businessHours.timezone')} required className="max-w-sm">
              <input value={timezone} onChange={(ev) => setTimezone(ev.target.value)} list="sla-time-zones" className={inputClass} autoComplete="off" />
            </Field>
            <datalist id="sla-time-zones">
              {timeZones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <WeeklyHoursEditor path="businessHours.days" label="Business hours" rows={days} onChange={setDays} errorFor={e} />
          </>
        )}
      </fieldset>
      <FormFooter error={form.error} pending={form.pending} submitLabel={policy ? 'Save policy' : 'Add policy'} cancelHref="/settings/sla" />
    </form>
  );
}
