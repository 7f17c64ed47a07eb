// One AuditEvent per settings change: who (a person or an API key), what
// (action and target) and a before/after summary. Written in the same
// transaction as the change, so there is never a change without its entry.
import { actorId } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SettingsCtx, Tx } from './settings-context';

export type AuditEntry = { action: string; targetType: string; targetId: string | null; data: Record<string, unknown> };

export async function writeAuditEvent(tx: Pick<Tx, 'auditEvent'>, ctx: Pick<SettingsCtx, 'workspaceId' | 'actor'>, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: {
      workspaceId: ctx.workspaceId,
      actorId: actorId(ctx.actor),
      actorType: ctx.actor.type,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      data: { by: ctx.actor.name, ...entry.data } as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
}
