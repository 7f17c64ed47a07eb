// Input of the SLA policy settings (API and form). A policy applies to a
// severity and/or a channel (null: any); the most specific enabled one wins
// (lib/sla/pick-sla-policy.ts). Targets are minutes, counted in the policy's
// business hours when businessHoursOnly.
import { z } from 'zod';
import { businessHoursSchema } from '@/lib/sla/compute-sla-due';
import { settingsId } from './routing-rule-input';
import type { FieldIssue } from './field-error';

export const providerValues = ['messenger', 'instagram', 'whatsapp', 'x', 'sms', 'email', 'chat', 'api'] as const;

const minutes = (what: string) =>
  z.number({ error: `${what} is a number of minutes` }).int(`${what} is a whole number of minutes`).min(1, `${what} is at least 1 minute`).max(525_600, `${what} is at most a year`);

const fields = {
  name: z.string().trim().min(1, 'Give the policy a name').max(120),
  severity: z.number({ error: 'severity is 1 (critical) to 4 (low)' }).int().min(1, 'severity is 1 (critical) to 4 (low)').max(4, 'severity is 1 (critical) to 4 (low)').nullable(),
  provider: z.enum(providerValues, { error: `channel is one of ${providerValues.join(', ')}` }).nullable(),
  firstResponseMinutes: minutes('first response'),
  nextResponseMinutes: minutes('next response').nullable(),
  resolutionMinutes: minutes('resolution').nullable(),
  businessHoursOnly: z.boolean(),
  businessHours: businessHoursSchema.nullable(),
  enabled: z.boolean(),
};

export const createSlaPolicyInput = z
  .object({
    ...fields,
    severity: fields.severity.default(null),
    provider: fields.provider.default(null),
    nextResponseMinutes: fields.nextResponseMinutes.default(null),
    resolutionMinutes: fields.resolutionMinutes.default(null),
    businessHoursOnly: fields.businessHoursOnly.default(false),
    businessHours: fields.businessHours.default(null),
    enabled: fields.enabled.default(true),
  })
  .strict();

export const updateSlaPolicyInput = z
  .object({
    id: settingsId,
    name: fields.name.optional(),
    severity: fields.severity.optional(),
    provider: fields.provider.optional(),
    firstResponseMinutes: fields.firstResponseMinutes.optional(),
    nextResponseMinutes: fields.nextResponseMinutes.optional(),
    resolutionMinutes: fields.resolutionMinutes.optional(),
    businessHoursOnly: fields.businessHoursOnly.optional(),
    businessHours: fields.businessHours.optional(),
    enabled: fields.enabled.optional(),
  })
  .strict();

export type CreateSlaPolicyInput = z.input<typeof createSlaPolicyInput>;
export type UpdateSlaPolicyInput = z.input<typeof updateSlaPolicyInput>;

type Policy = { firstResponseMinutes: number; resolutionMinutes: number | null; businessHoursOnly: boolean; businessHours: { days: unknown[] } | null };

// Rules across fields, checked on the policy as it will be saved (after an
// update is merged with the stored row).
export function slaPolicyProblems(p: Policy): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (p.businessHoursOnly && !p.businessHours?.days?.length) {
    issues.push({ path: 'businessHours.days', message: 'Add the business hours the targets count in, or count calendar time' });
  }
  if (p.resolutionMinutes !== null && p.resolutionMinutes < p.firstResponseMinutes) {
    issues.push({ path: 'resolutionMinutes', message: 'Resolution cannot be due before the first response' });
  }
  return issues;
}
