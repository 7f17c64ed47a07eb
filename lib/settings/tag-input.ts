// Input of the tag taxonomy and tag rule settings (API and forms). A tag's
// key is fixed once created (rules, training examples and reports refer to
// it); everything a reader of the playbook sees can change.
import { z } from 'zod';
import { settingsId } from './routing-rule-input';
import { providerValues } from './sla-policy-input';

export const tagKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'use lower-case letters, digits and _ (for example refund_request)');
const color = z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour such as #16a34a');
const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

export const createTagInput = z
  .object({
    key: tagKey,
    name: z.string().trim().min(1, 'Give the tag a name').max(60),
    description: text(2000).default(''),
    nextSteps: text(4000).default(''),
    color: color.default('#64748b'),
    // The owning team's key; null: no owner.
    ownerTeam: z.string().trim().min(1).max(64).nullable().default(null),
  })
  .strict();

export const updateTagInput = z
  .object({
    id: settingsId,
    name: z.string().trim().min(1, 'Give the tag a name').max(60).optional(),
    description: text(2000).optional(),
    nextSteps: text(4000).optional(),
    color: color.optional(),
    ownerTeam: z.string().trim().min(1).max(64).nullable().optional(),
  })
  .strict();

// Nested quantifiers such as (a+)+ can take exponential time on a crafted
// message; a rule runs on every inbound message, so they are refused.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

export const tagRulePattern = z
  .string()
  .trim()
  .min(1)
  .max(300, 'at most 300 characters')
  .superRefine((p, ctx) => {
    try {
      new RegExp(p, 'iu');
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')})` });
      return;
    }
    if (NESTED_QUANTIFIER.test(p)) ctx.addIssue({ code: 'custom', message: 'a repeated group with a repeat inside, like (a+)+, can stall triage; simplify it' });
  });

const keyword = z.string().trim().min(1, 'empty keyword').max(100, 'keywords are at most 100 characters');

const ruleFields = {
  name: z.string().trim().min(1, 'Give the rule a name').max(120),
  keywords: z.array(keyword).max(100, 'at most 100 keywords'),
  pattern: tagRulePattern.nullable(),
  provider: z.enum(providerValues, { error: `channel is one of ${providerValues.join(', ')}` }).nullable(),
  minFollowers: z.number().int('a whole number').min(0, 'cannot be negative').max(1_000_000_000).nullable(),
  vipOnly: z.boolean(),
  confidence: z.number().min(0.05, 'confidence is 0.05 to 1').max(1, 'confidence is 0.05 to 1'),
  enabled: z.boolean(),
};

export const createTagRuleInput = z
  .object({
    tag: tagKey,
    ...ruleFields,
    keywords: ruleFields.keywords.default([]),
    pattern: ruleFields.pattern.default(null),
    provider: ruleFields.provider.default(null),
    minFollowers: ruleFields.minFollowers.default(null),
    vipOnly: ruleFields.vipOnly.default(false),
    confidence: ruleFields.confidence.default(0.95),
    enabled: ruleFields.enabled.default(true),
  })
  .strict();

export const updateTagRuleInput = z
  .object({
    id: settingsId,
    tag: tagKey.optional(),
    name: ruleFields.name.optional(),
    keywords: ruleFields.keywords.optional(),
    pattern: ruleFields.pattern.optional(),
    provider: ruleFields.provider.optional(),
    minFollowers: ruleFields.minFollowers.optional(),
    vipOnly: ruleFields.vipOnly.optional(),
    confidence: ruleFields.confidence.optional(),
    enabled: ruleFields.enabled.optional(),
  })
  .strict();

// A rule must match on something; checked on the rule as it will be saved.
export function tagRuleProblems(r: { keywords: string[]; pattern: string | null }): { path: string; message: string }[] {
  return r.keywords.length || r.pattern ? [] : [{ path: 'keywords', message: 'Add at least one keyword or a pattern' }];
}

export type CreateTagInput = z.input<typeof createTagInput>;
export type UpdateTagInput = z.input<typeof updateTagInput>;
export type CreateTagRuleInput = z.input<typeof createTagRuleInput>;
export type UpdateTagRuleInput = z.input<typeof updateTagRuleInput>;
