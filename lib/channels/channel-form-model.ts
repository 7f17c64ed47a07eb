// The admin form's fields for a provider as plain data for a client component
// (no zod inside): settings with their current values, secrets with only
// whether they are set and a masked form.
import type { Channel } from '@/lib/generated/prisma/client';
import type { Provider } from '@/lib/generated/prisma/enums';
import { CHANNEL_FIELDS, settingValue, type FieldKind } from '@/lib/channels/channel-fields';
import { secretStates } from '@/lib/channels/describe-channel';

export type FormSettingField = {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  help?: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
  value: string | boolean;
};
export type FormSecretField = { key: string; label: string; required: boolean; generated: boolean; help?: string; set: boolean; masked: string | null };

export function settingFormFields(provider: Provider, settings: Record<string, unknown> = {}): FormSettingField[] {
  return CHANNEL_FIELDS[provider].settings.map((f) => {
    const kind = f.kind ?? 'text';
    const v = settingValue(settings, f.key);
    const value = kind === 'boolean' ? v === true : kind === 'list' ? (Array.isArray(v) ? v.join('\n') : '') : v === undefined || v === null ? '' : String(v);
    return { key: f.key, label: f.label, kind, required: Boolean(f.required), help: f.help, placeholder: f.placeholder, options: f.options, value };
  });
}

export function secretFormFields(provider: Provider, channel?: Pick<Channel, 'provider' | 'credentials'>): FormSecretField[] {
  const states = channel ? secretStates(channel) : [];
  return CHANNEL_FIELDS[provider].secrets.map((s) => {
    const state = states.find((x) => x.key === s.key);
    return { key: s.key, label: s.label, required: Boolean(s.required), generated: Boolean(s.generated), help: s.help, set: Boolean(state?.set), masked: state?.masked ?? null };
  });
}
