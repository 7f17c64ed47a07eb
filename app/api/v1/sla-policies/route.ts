// GET /api/v1/sla-policies: every SLA policy.
// POST /api/v1/sla-policies {"name","firstResponseMinutes","severity"?: 1-4|null,
// "provider"?: channel|null,"nextResponseMinutes"?,"resolutionMinutes"?,
// "businessHoursOnly"?,"businessHours"?: {"timezone","days":[{"day","start","end"}]},"enabled"?}
// (manager+): 201 with the policy.
import { withWorkspace } from '@/lib/api/with-workspace';
import { listSlaPolicies } from '@/lib/settings/list-sla-policies';
import { createSlaPolicy } from '@/lib/settings/create-sla-policy';
import { createSlaPolicyInput } from '@/lib/settings/sla-policy-input';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'any', role: 'agent' }, async ({ ctx }) => ({ slaPolicies: await listSlaPolicies(ctx) }));

export const POST = withWorkspace({ auth: 'any', role: 'manager', body: createSlaPolicyInput }, async ({ ctx, body }) =>
  Response.json(await createSlaPolicy(ctx, body), { status: 201 }),
);
