// GET /api/v1/routing-rules: the routing rules in evaluation order.
// POST /api/v1/routing-rules {"name","conditions","action","enabled"?,"position"?}
// (manager+): 201 with the rule. conditions: {tags?, providers?, languages?,
// severityAtMost?}; action: {teamKey?, assigneeId?, requireLanguage?, escalateToOnCall?}.
import { withWorkspace } from '@/lib/api/with-workspace';
import { listRoutingRules } from '@/lib/settings/list-routing-rules';
import { createRoutingRule } from '@/lib/settings/create-routing-rule';
import { createRoutingRuleInput } from '@/lib/settings/routing-rule-input';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'any', role: 'agent' }, async ({ ctx }) => ({ routingRules: await listRoutingRules(ctx) }));

export const POST = withWorkspace({ auth: 'any', role: 'manager', body: createRoutingRuleInput }, async ({ ctx, body }) =>
  Response.json(await createRoutingRule(ctx, body), { status: 201 }),
);
