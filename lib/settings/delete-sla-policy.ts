// A manager deletes an SLA policy; the audit entry keeps all of it.
import { notFound } from '@/lib/api/errors';
import { slaPolicyView } from './sla-policy-view';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function deleteSlaPolicy(ctx: SettingsCtx, input: { id: string }): Promise<{ id: string; deleted: true }> {
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.slaPolicy.findUnique({ where: { id: input.id } });
    if (!existing) throw notFound('SLA policy');
    await tx.slaPolicy.delete({ where: { id: existing.id } });
    const { id, createdAt: _c, ...before } = slaPolicyView(existing);
    await writeAuditEvent(tx, ctx, { action: 'sla_policy.delete', targetType: 'sla_policy', targetId: id, data: { before } });
    return { id, deleted: true as const };
  });
}
