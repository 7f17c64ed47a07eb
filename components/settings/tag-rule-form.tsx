'use client';
// Add or edit a tag rule: keywords (any of, whole words, accents and case
// ignored) or a regular expression, with optional conditions: a channel, a
// minimum follower count, VIP contacts only. Rules tag before the classifier
// and say why ("rule “Refund words”: matched “money back”").
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createTagRuleAction, updateTagRuleAction } from '@/app/(manage)/settings/tags/actions';
import { createTagRuleInput, tagRuleProblems, updateTagRuleInput } from '@/lib/settings/tag-input';
import { providerValues } from '@/lib/settings/sla-policy-input';
import { PROVIDER_LABEL } from '@/lib/settings/describe-routing-rule';
import { Field } from './field';
import { FormFooter } from './form-footer';
import { checkboxClass, fieldsetClass, inputClass, legendClass, textareaClass } from './form-styles';
import { useActionForm } from './use-action-form';

type Rule = { id: string; name: string; keywords: string[]; pattern: string | null; provider: string | null; minFollowers: number | null; vipOnly: boolean; confidence: number; enabled: boolean };
type Props = { tag: { id: string; key: string; name: string }; rule?: Rule };

const keywordList = (s: string) => s.split(/[\n,]+/).map((x) => x.trim()).filter(Boolean);

export function TagRuleForm({ tag, rule }: Props) {
  const router = useRouter();
  const form = useActionForm();
  const [name, setName] = useState(rule?.name ?? '');
  const [keywords, setKeywords] = useState((rule?.keywords ?? []).join('\n'));
  const [pattern, setPattern] = useState(rule?.pattern ?? '');
  const [provider, setProvider] = useState(rule?.provider ?? '');
  const [minFollowers, setMinFollowers] = useState(rule?.minFollowers != null ? String(rule.minFollowers) : '');
  const [vipOnly, setVipOnly] = useState(rule?.vipOnly ?? false);
  const [confidence, setConfidence] = useState(String(rule?.confidence ?? 0.95));
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const base = {
      tag: tag.key,
      name,
      keywords: keywordList(keywords),
      pattern: pattern.trim() || null,
      provider: (provider || null) as (typeof providerValues)[number] | null,
      minFollowers: minFollowers.trim() === '' ? null : Number(minFollowers),
      vipOnly,
      confidence: Number(confidence),
      enabled,
    };
    const onDone = () => {
      router.push(`/settings/tags/${tag.id}?saved=1`);
      router.refresh();
    };
    if (rule) form.submit({ schema: updateTagRuleInput, check: tagRuleProblems, value: { ...base, id: rule.id }, action: updateTagRuleAction, onDone });
    else form.submit({ schema: createTagRuleInput, check: tagRuleProblems, value: base, action: createTagRuleAction, onDone });
  }

  const e = form.errorFor;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate aria-label="Tag rule">
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Tag “{tag.name}” when a message…</legend>
        <Field path="name" label="Rule name" help="Shown as the reason on the conversation." error={e('name')} required>
          <input value={name} onChange={(ev) => setName(ev.target.value)} maxLength={120} className={inputClass} placeholder="Refund words" />
        </Field>
        <div className="grid grid-cols-2 gap-4">
          <Field path="keywords" label="contains any of these words" help="One per line (or comma-separated). Whole words; case and accents ignored; any language." error={e('keywords')}>
            <textarea value={keywords} onChange={(ev) => setKeywords(ev.target.value)} rows={Math.min(12, Math.max(5, keywordList(keywords).length + 1))} className={`${textareaClass} font-mono`} placeholder={'refund\nmoney back\nreembolso'} />
          </Field>
          <Field path="pattern" label="or matches this pattern" help="A regular expression, case-insensitive, e.g. \border #?\d{6}\b. Optional." error={e('pattern')}>
            <input value={pattern} onChange={(ev) => setPattern(ev.target.value)} maxLength={300} className={`${inputClass} font-mono`} />
          </Field>
        </div>
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Only if</legend>
        <div className="grid grid-cols-3 gap-4">
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
          <Field path="minFollowers" label="Author’s followers, at least" help="Social channels; empty: anyone." error={e('minFollowers')}>
            <input type="number" min={0} value={minFollowers} onChange={(ev) => setMinFollowers(ev.target.value)} className={inputClass} placeholder="any" />
          </Field>
          <Field path="confidence" label="Confidence" help="0.05–1; shown with the tag." error={e('confidence')}>
            <input type="number" min={0.05} max={1} step={0.05} value={confidence} onChange={(ev) => setConfidence(ev.target.value)} className={inputClass} />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={vipOnly} onChange={(ev) => setVipOnly(ev.target.checked)} className={checkboxClass} />
          VIP contacts only
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={enabled} onChange={(ev) => setEnabled(ev.target.checked)} className={checkboxClass} />
          Enabled
        </label>
      </fieldset>
      <FormFooter error={form.error} pending={form.pending} submitLabel={rule ? 'Save rule' : 'Add rule'} cancelHref={`/settings/tags/${tag.id}`} />
    </form>
  );
}
