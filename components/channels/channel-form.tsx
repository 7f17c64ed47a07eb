'use client';
// Add or edit a channel: name, enabled, the provider's settings and its
// secrets. Secret fields start empty and show only the masked stored value;
// left blank, the stored secret is kept. Errors from the server are shown next
// to their field (details paths "settings.<key>", "secrets.<key>", "name").
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { createChannelAction, updateChannelAction } from '@/app/(manage)/settings/channels/actions';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import type { FormSecretField, FormSettingField } from '@/lib/channels/channel-form-model';

type Props = {
  mode: 'create' | 'edit';
  provider: string;
  providerLabel: string;
  channelId?: string;
  name: string;
  enabled: boolean;
  settings: FormSettingField[];
  secrets: FormSecretField[];
};

const input = 'h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600';
const fieldId = (k: string) => `f-${k.replace(/[^a-z0-9]/gi, '-')}`;

export function ChannelForm(p: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const settings: Record<string, string | boolean> = {};
    for (const f of p.settings) settings[f.key] = f.kind === 'boolean' ? form.get(`settings.${f.key}`) === 'on' : String(form.get(`settings.${f.key}`) ?? '');
    const secrets: Record<string, string> = {};
    for (const s of p.secrets) secrets[s.key] = String(form.get(`secrets.${s.key}`) ?? '');
    const base = { name: String(form.get('name') ?? ''), enabled: form.get('enabled') === 'on', settings, secrets };
    start(async () => {
      setError(null);
      setFieldErrors({});
      try {
        const r = p.mode === 'create' ? await createChannelAction({ ...base, provider: p.provider }) : await updateChannelAction({ ...base, id: p.channelId! });
        if (r.ok) {
          router.push(`/settings/channels?saved=${r.data.id}`);
          router.refresh();
          return;
        }
        const details = Array.isArray(r.error.details) ? (r.error.details as { path: string; message: string }[]).filter((d) => typeof d.path === 'string') : [];
        setFieldErrors(Object.fromEntries(details.map((d) => [d.path, d.message])));
        setError(details.length ? `Nothing was saved: check the ${details.length === 1 ? 'highlighted field' : `${details.length} highlighted fields`}.` : r.error.message);
      } catch {
        setError('Could not reach the server. Check your connection and try again.');
      }
    });
  }

  const problem = (path: string) =>
    fieldErrors[path] ? (
      <p id={`${fieldId(path)}-error`} className="mt-1 text-xs font-medium text-red-700">
        {fieldErrors[path]}
      </p>
    ) : null;
  const described = (path: string, help?: string) => [help ? `${fieldId(path)}-help` : '', fieldErrors[path] ? `${fieldId(path)}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="px-1 text-sm font-semibold text-slate-900">{p.providerLabel} channel</legend>
        <div>
          <label htmlFor="f-name" className="text-sm font-medium text-slate-800">
            Name
          </label>
          <input id="f-name" name="name" defaultValue={p.name} required maxLength={100} className={cx(input, 'mt-1')} aria-invalid={Boolean(fieldErrors.name) || undefined} aria-describedby={described('name')} />
          {problem('name')}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="enabled" defaultChecked={p.enabled} className="h-4 w-4 rounded border-slate-300" />
          Enabled (receives webhooks and sends replies)
        </label>
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="px-1 text-sm font-semibold text-slate-900">Settings</legend>
        {p.settings.map((f) => {
          const path = `settings.${f.key}`;
          const common = { id: fieldId(path), name: path, 'aria-invalid': Boolean(fieldErrors[path]) || undefined, 'aria-describedby': described(path, f.help) };
          return (
            <div key={f.key}>
              {f.kind === 'boolean' ? (
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" {...common} defaultChecked={f.value === true} className="h-4 w-4 rounded border-slate-300" />
                  {f.label}
                </label>
              ) : (
                <>
                  <label htmlFor={common.id} className="text-sm font-medium text-slate-800">
                    {f.label}
                    {f.required && <span className="text-red-700"> *</span>}
                  </label>
                  {f.kind === 'select' ? (
                    <select {...common} defaultValue={String(f.value)} className={cx(input, 'mt-1')}>
                      {f.options?.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  ) : f.kind === 'list' ? (
                    <textarea {...common} defaultValue={String(f.value)} rows={3} placeholder={f.placeholder} className={cx(input, 'mt-1 h-auto py-2 font-mono')} />
                  ) : (
                    <input {...common} type={f.kind === 'number' ? 'number' : 'text'} defaultValue={String(f.value)} placeholder={f.placeholder} required={f.required} className={cx(input, 'mt-1')} />
                  )}
                </>
              )}
              {f.help && (
                <p id={`${common.id}-help`} className="mt-1 text-xs text-slate-500">
                  {f.help}
                </p>
              )}
              {problem(path)}
            </div>
          );
        })}
      </fieldset>

      {p.secrets.length > 0 && (
        <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-sm font-semibold text-slate-900">Secrets</legend>
          <p className="-mt-1 text-xs text-slate-500">Stored encrypted and never shown again. Leave a field blank to keep the stored value.</p>
          {p.secrets.map((s) => {
            const path = `secrets.${s.key}`;
            const hint = s.set ? `Stored: ${s.masked}. Type a new value to replace it.` : s.generated && p.mode === 'create' ? `Left blank, one is generated. ${s.help ?? ''}` : (s.help ?? '');
            return (
              <div key={s.key}>
                <label htmlFor={fieldId(path)} className="text-sm font-medium text-slate-800">
                  {s.label}
                  {s.required && !s.set && <span className="text-red-700"> *</span>}
                </label>
                <input
                  id={fieldId(path)}
                  name={path}
                  type="password"
                  autoComplete="new-password"
                  placeholder={s.set ? (s.masked ?? '••••') : ''}
                  className={cx(input, 'mt-1 font-mono')}
                  aria-invalid={Boolean(fieldErrors[path]) || undefined}
                  aria-describedby={described(path, hint)}
                />
                {hint && (
                  <p id={`${fieldId(path)}-help`} className="mt-1 text-xs text-slate-500">
                    {hint}
                  </p>
                )}
                {problem(path)}
              </div>
            );
          })}
        </fieldset>
      )}

      <div role="alert" aria-live="assertive" className={error ? 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800' : 'sr-only'}>
        {error ?? ''}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass('primary', 'md')}>
          {pending ? 'Saving…' : p.mode === 'create' ? 'Add channel' : 'Save changes'}
        </button>
        <button type="button" className={buttonClass('ghost', 'md')} onClick={() => router.push('/settings/channels')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
