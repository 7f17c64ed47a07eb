'use client';
// Add or edit a routing rule: when it applies (tags, channels, languages,
// severity) and what it does (team, a person, a language requirement,
// paging the senior on call). Checked with the API's schema in the browser
// and again on the server; errors sit next to their field.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createRoutingRuleAction, updateRoutingRuleAction } from '@/app/(manage)/settings/routing/actions';
import { createRoutingRuleInput, updateRoutingRuleInput } from '@/lib/settings/routing-rule-input';
import { PROVIDER_LABEL, SEVERITY_SCOPE } from '@/lib/settings/describe-routing-rule';
import type { RoutingAction, RoutingConditions } from '@/lib/routing/routing-rule-schema';
import { cx } from '@/components/ui/cx';
import { Field, FieldError } from './field';
import { FormFooter } from './form-footer';
import { checkboxClass, fieldsetClass, inputClass, legendClass } from './form-styles';
import { useActionForm } from './use-action-form';

type Option = { value: string; label: string };
type Props = {
  rule?: { id: string; name: string; enabled: boolean; conditions: RoutingConditions; action: RoutingAction };
  tags: Option[];
  teams: Option[];
  members: Option[];
};

const list = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
const toggle = (xs: string[], x: string, on: boolean) => (on ? [...xs, x] : xs.filter((y) => y !== x));

export function RoutingRuleForm({ rule, tags, teams, members }: Props) {
  const router = useRouter();
  const form = useActionForm();
  const c = rule?.conditions ?? {};
  const a = rule?.action ?? {};
  const [name, setName] = useState(rule?.name ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [ruleTags, setRuleTags] = useState<string[]>(c.tags ?? []);
  const [providers, setProviders] = useState<string[]>(c.providers ?? []);
  const [languages, setLanguages] = useState((c.languages ?? []).join(', '));
  const [severity, setSeverity] = useState(c.severityAtMost ? String(c.severityAtMost) : '');
  const [teamKey, setTeamKey] = useState(a.teamKey ?? '');
  const [assigneeId, setAssigneeId] = useState(a.assigneeId ?? '');
  const [requireLanguage, setRequireLanguage] = useState(a.requireLanguage ?? '');
  const [escalate, setEscalate] = useState(Boolean(a.escalateToOnCall));

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const conditions: RoutingConditions = {
      ...(ruleTags.length ? { tags: ruleTags } : {}),
      ...(providers.length ? { providers: providers as RoutingConditions['providers'] } : {}),
      ...(list(languages).length ? { languages: list(languages) } : {}),
      ...(severity ? { severityAtMost: Number(severity) } : {}),
    };
    const action: RoutingAction = {
      ...(teamKey ? { teamKey } : {}),
      ...(assigneeId ? { assigneeId } : {}),
      ...(requireLanguage.trim() ? { requireLanguage: requireLanguage.trim() } : {}),
      ...(escalate ? { escalateToOnCall: true } : {}),
    };
    const base = { name, enabled, conditions, action };
    const onDone = (d: { id: string }) => {
      router.push(`/settings/routing?saved=${d.id}`);
      router.refresh();
    };
    if (rule) form.submit({ schema: updateRoutingRuleInput, value: { ...base, id: rule.id }, action: updateRoutingRuleAction, onDone });
    else form.submit({ schema: createRoutingRuleInput, value: base, action: createRoutingRuleAction, onDone });
  }

  const e = form.errorFor;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Rule</legend>
        <Field path="name" label="Name" error={e('name')} required>
          <input value={name} onChange={(ev) => setName(ev.target.value)} maxLength={120} className={inputClass} placeholder="Sales leads → Sales" />
        </Field>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={enabled} onChange={(ev) => setEnabled(ev.target.checked)} className={checkboxClass} />
          Enabled (routing uses this rule)
        </label>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>When a conversation…</legend>
        <p className="-mt-2 text-xs text-slate-500">All the conditions you set must hold. With none, the rule applies to every conversation.</p>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">is tagged (any of)</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1.5">
            {tags.map((t) => (
              <label key={t.value} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input type="checkbox" className={checkboxClass} checked={ruleTags.includes(t.value)} onChange={(ev) => setRuleTags(toggle(ruleTags, t.value, ev.target.checked))} />
                {t.label}
              </label>
            ))}
          </div>
          <FieldError path="conditions.tags" error={e('conditions.tags')} />
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">arrives on (any of)</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1.5">
            {Object.entries(PROVIDER_LABEL).map(([p, label]) => (
              <label key={p} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input type="checkbox" className={checkboxClass} checked={providers.includes(p)} onChange={(ev) => setProviders(toggle(providers, p, ev.target.checked))} />
                {label}
              </label>
            ))}
          </div>
          <FieldError path="conditions.providers" error={e('conditions.providers')} />
        </fieldset>
        <div className="grid grid-cols-2 gap-4">
          <Field path="conditions.languages" label="is written in" help="Language codes, comma-separated: es, pt, zh-Hant. Empty: any language." error={e('conditions.languages')}>
            <input value={languages} onChange={(ev) => setLanguages(ev.target.value)} className={inputClass} placeholder="any language" />
          </Field>
          <Field path="conditions.severityAtMost" label="has severity" error={e('conditions.severityAtMost')}>
            <select value={severity} onChange={(ev) => setSeverity(ev.target.value)} className={inputClass}>
              <option value="">Any severity</option>
              {[1, 2, 3].map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_SCOPE[s]}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>

      <fieldset className={cx(fieldsetClass, e('action') && !e('action.teamKey') && !e('action.assigneeId') && 'border-red-300')} aria-describedby={e('action') ? 'f-action-error' : undefined}>
        <legend className={legendClass}>…then</legend>
        <div className="grid grid-cols-2 gap-4">
          <Field path="action.teamKey" label="Route to team" help="The first matching rule that names a team decides." error={e('action.teamKey')}>
            <select value={teamKey} onChange={(ev) => setTeamKey(ev.target.value)} className={inputClass}>
              <option value="">No team (keep looking)</option>
              {teams.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </Field>
          <Field path="action.assigneeId" label="Assign directly to" help="Skips round robin for this rule." error={e('action.assigneeId')}>
            <select value={assigneeId} onChange={(ev) => setAssigneeId(ev.target.value)} className={inputClass}>
              <option value="">Nobody in particular</option>
              {members.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </Field>
          <Field path="action.requireLanguage" label="Only people who speak" help="A language code; “zh” also covers zh-Hant and zh-Hans." error={e('action.requireLanguage')}>
            <input value={requireLanguage} onChange={(ev) => setRequireLanguage(ev.target.value)} className={inputClass} placeholder="any language" />
          </Field>
          <label className="flex items-center gap-2 self-center text-sm text-slate-800">
            <input type="checkbox" checked={escalate} onChange={(ev) => setEscalate(ev.target.checked)} className={checkboxClass} />
            Page the senior person on call, with a notification
          </label>
        </div>
        {e('action') && !e('action.teamKey') && !e('action.assigneeId') && !e('action.requireLanguage') && <FieldError path="action" error={e('action')} />}
      </fieldset>

      <FormFooter error={form.error} pending={form.pending} submitLabel={rule ? 'Save rule' : 'Add rule'} cancelHref="/settings/routing" />
    </form>
  );
}
