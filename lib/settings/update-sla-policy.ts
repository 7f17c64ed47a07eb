// A manager edits an SLA policy. Rules across fields (business hours when
// counting in business hours, resolution after first response) are checked on
// the merged result. Unknown or another workspace's id: 404.
import { notFound } from '@/lib/api/errors';
import { invalidFields } from './field-error';
import { slaPolicyProblems, updateSlaPolicyInput, type UpdateSlaPolicyInput } from './sla-policy-input';
import { SLA_POLICY_FIELDS, slaPolicyView, type SlaPolicyView } from './sla-policy-view';
import { describeChanges } from './describe-changes';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function updateSlaPolicy(ctx: SettingsCtx, raw: UpdateSlaPolicyInput): Promise<SlaPolicyView> {
  const { id, ...fields } = updateSlaPolicyInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.slaPolicy.findUnique({ where: { id } });
    if (!existing) throw notFound('SLA policy');
    const before = slaPolicyView(existing);
    const problems = slaPolicyProblems({ ...before, ...fields });
    if (problems.length) throw invalidFields(problems);
    const { businessHours, ...rest } = fields;
    const row = await tx.slaPolicy.update({
      where: { id },
      data: { ...rest, ...(businessHours !== undefined ? { businessHours: businessHours ?? {} } : {}) },
    });
    const after = slaPolicyView(row);
    const changes = describeChanges(before, after, SLA_POLICY_FIELDS);
    if (Object.keys(changes).length) await writeAuditEvent(tx, ctx, { action: 'sla_policy.update', targetType: 'sla_policy', targetId: id, data: { name: after.name, changes } });
    return after;
  });
}
