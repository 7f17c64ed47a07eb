// A manager adds an SLA policy. It applies to conversations whose SLA is
// computed from now on (when they are routed or reopened).
import { invalidFields } from './field-error';
import { createSlaPolicyInput, slaPolicyProblems, type CreateSlaPolicyInput } from './sla-policy-input';
import { slaPolicyView, type SlaPolicyView } from './sla-policy-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function createSlaPolicy(ctx: SettingsCtx, raw: CreateSlaPolicyInput): Promise<SlaPolicyView> {
  const input = createSlaPolicyInput.parse(raw);
  const problems = slaPolicyProblems(input);
  if (problems.length) throw invalidFields(problems);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.slaPolicy.create({ data: { workspaceId: ctx.workspaceId, ...input, businessHours: input.businessHours ?? {} } });
    const view = slaPolicyView(row);
    const { id: _id, createdAt: _c, ...after } = view;
    await writeAuditEvent(tx, ctx, { action: 'sla_policy.create', targetType: 'sla_policy', targetId: row.id, data: { after } });
    return view;
  });
}
