// Turns an admin's form (flat settings keyed like the fields, secrets as typed)
// into what is stored: settings validated with the provider's zod schema and
// merged over the existing ones (keys the form does not own, such as the IMAP
// poller's state, are kept); secrets where a blank field keeps the stored
// value, generated ones are made up when missing, required ones must exist.
// Pure: no database, no encryption; reports which keys changed for the audit
// trail (names only, never values).
import { ZodError } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { randomToken } from '@/lib/crypto';
import type { Provider } from '@/lib/generated/prisma/enums';
import { CHANNEL_FIELDS, settingsSchemaFor, settingValue } from '@/lib/channels/channel-fields';

export type ChannelFormValues = { settings: Record<string, unknown>; secrets: Record<string, string> };
export type AppliedChannelForm = {
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
  externalId: string | null;
  changedSettings: string[];
  changedSecrets: string[];
};

function invalid(details: { path: string; message: string }[]): ApiError {
  return new ApiError(400, 'invalid_input', `${details[0].path}: ${details[0].message}`, details);
}

function setPath(target: Record<string, unknown>, key: string, value: unknown) {
  const parts = key.split('.');
  let o = target;
  for (const p of parts.slice(0, -1)) {
    if (!o[p] || typeof o[p] !== 'object' || Array.isArray(o[p])) {
      if (value === undefined) return; // nothing to clear, and no empty object to make
      o[p] = {};
    }
    o = o[p] as Record<string, unknown>;
  }
  if (value === undefined) delete o[parts.at(-1)!];
  else o[parts.at(-1)!] = value;
}

export function applyChannelForm(
  provider: Provider,
  form: ChannelFormValues,
  existing: { settings: Record<string, unknown>; secrets: Record<string, string> } | null,
): AppliedChannelForm {
  const def = CHANNEL_FIELDS[provider];
  let parsed: Record<string, unknown>;
  try {
    parsed = settingsSchemaFor(provider).parse(form.settings) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof ZodError) {
      throw invalid(
        err.issues.flatMap((i) =>
          i.code === 'unrecognized_keys'
            ? i.keys.map((k) => ({ path: `settings.${k}`, message: `${def.label} channels have no setting "${k}"` }))
            : [{ path: `settings.${i.path.join('.')}`, message: i.message }],
        ),
      );
    }
    throw err;
  }

  const settings = structuredClone(existing?.settings ?? {}) as Record<string, unknown>;
  const changedSettings: string[] = [];
  for (const f of def.settings) {
    let value = parsed[f.key];
    if (f.key === 'widgetKey' && value === undefined) value = settingValue(settings, f.key) ?? `wk_${randomToken(9)}`;
    if (JSON.stringify(settingValue(settings, f.key)) !== JSON.stringify(value)) changedSettings.push(f.key);
    setPath(settings, f.key, value);
  }

  const known = new Set(def.secrets.map((s) => s.key));
  const unknown = Object.keys(form.secrets).filter((k) => !known.has(k));
  if (unknown.length) throw invalid(unknown.map((k) => ({ path: `secrets.${k}`, message: `${def.label} channels have no secret "${k}"` })));

  const secrets: Record<string, string> = { ...(existing?.secrets ?? {}) };
  const changedSecrets: string[] = [];
  const problems: { path: string; message: string }[] = [];
  for (const s of def.secrets) {
    const typed = form.secrets[s.key]?.trim();
    if (typed) {
      if (typed !== secrets[s.key]) changedSecrets.push(s.key);
      secrets[s.key] = typed;
    } else if (!secrets[s.key] && s.generated) {
      secrets[s.key] = s.key === 'verifyToken' ? `sb-verify-${randomToken(18)}` : randomToken(32);
      changedSecrets.push(s.key);
    } else if (!secrets[s.key] && s.required) {
      problems.push({ path: `secrets.${s.key}`, message: `${s.label} is required` });
    }
  }
  if (problems.length) throw invalid(problems);

  const external = def.externalIdKey ? settingValue(settings, def.externalIdKey) : undefined;
  return { settings, secrets, externalId: typeof external === 'string' ? external : null, changedSettings, changedSecrets };
}
