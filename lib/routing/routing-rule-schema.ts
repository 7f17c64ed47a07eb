// The shape of RoutingRule.conditions and .action (JSON columns), shared by the
// routing engine, the settings pages and the API. Rules are evaluated in
// `position` order; every matching rule contributes (first team wins, language
// requirements and escalation accumulate).
import { z } from 'zod';

const providers = z.enum(['messenger', 'instagram', 'whatsapp', 'x', 'sms', 'email', 'chat', 'api']);

export const routingConditions = z
  .object({
    // Any of these tags is on the conversation.
    tags: z.array(z.string().min(1).max(64)).max(50).optional(),
    // The conversation's channel is one of these providers.
    providers: z.array(providers).max(8).optional(),
    // The conversation's language is one of these (e.g. zh-Hant, zh-Hans, ro).
    languages: z.array(z.string().min(2).max(16)).max(30).optional(),
    // Severity is at least this urgent (1 = only SEV1, 2 = SEV1 or SEV2, ...).
    severityAtMost: z.number().int().min(1).max(4).optional(),
  })
  .strict();

export const routingAction = z
  .object({
    // Route to this team (Team.key).
    teamKey: z.string().min(1).max(64).optional(),
    // Assign to this member directly (Membership.id).
    assigneeId: z.string().min(1).max(64).optional(),
    // Only members speaking this language (prefix match: "zh" covers zh-Hant and zh-Hans).
    requireLanguage: z.string().min(2).max(16).optional(),
    // Page the senior person on call now, with a notification.
    escalateToOnCall: z.boolean().optional(),
  })
  .strict();

export type RoutingConditions = z.infer<typeof routingConditions>;
export type RoutingAction = z.infer<typeof routingAction>;
