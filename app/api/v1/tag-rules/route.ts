// GET /api/v1/tag-rules[?tag=<key>]: the workspace's tagging rules.
// POST /api/v1/tag-rules {"tag","name","keywords"?: [..],"pattern"?,"provider"?,
// "minFollowers"?,"vipOnly"?,"confidence"?,"enabled"?} (manager+): 201 with the rule.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { listTagRules } from '@/lib/settings/list-tag-rules';
import { createTagRule } from '@/lib/settings/create-tag-rule';
import { createTagRuleInput } from '@/lib/settings/tag-input';

export const dynamic = 'force-dynamic';

const query = z.object({ tag: z.string().min(1).max(64).optional() });

export const GET = withWorkspace({ auth: 'any', role: 'agent', query }, async ({ ctx, query }) => ({ tagRules: await listTagRules(ctx, query) }));

export const POST = withWorkspace({ auth: 'any', role: 'manager', body: createTagRuleInput }, async ({ ctx, body }) =>
  Response.json(await createTagRule(ctx, body), { status: 201 }),
);
