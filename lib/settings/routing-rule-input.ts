// Input of the routing-rule settings (the API and the settings form parse the
// same schemas). Conditions and action are the engine's own schemas
// (lib/routing/routing-rule-schema.ts); references to teams, people and tags
// are checked against the workspace by check-routing-rule-refs.ts.
import { z } from 'zod';
import { routingAction, routingConditions, type RoutingAction } from '@/lib/routing/routing-rule-schema';

export const settingsId = z.string().trim().min(1).max(64);

const name = z.string().trim().min(1, 'Give the rule a name').max(120);
// 0 = evaluated first. Other rules move to make room.
const position = z.number().int().min(0, 'position starts at 0').max(10_000);

const doesSomething = (a: RoutingAction) => Boolean(a.teamKey || a.assigneeId || a.requireLanguage || a.escalateToOnCall);
const action = routingAction.refine(doesSomething, { message: 'Choose what the rule does: a team, a person, a language, or paging the senior on call' });

export const createRoutingRuleInput = z
  .object({
    name,
    enabled: z.boolean().default(true),
    conditions: routingConditions.default({}),
    action,
    position: position.optional(),
  })
  .strict();

export const updateRoutingRuleInput = z
  .object({
    id: settingsId,
    name: name.optional(),
    enabled: z.boolean().optional(),
    conditions: routingConditions.optional(),
    action: action.optional(),
    position: position.optional(),
  })
  .strict();

export const deleteInput = z.object({ id: settingsId }).strict();

export type CreateRoutingRuleInput = z.input<typeof createRoutingRuleInput>;
export type UpdateRoutingRuleInput = z.input<typeof updateRoutingRuleInput>;
