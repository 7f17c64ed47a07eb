// Accepting a handoff through the API or the app. A person accepts for
// themselves (lib/routing/accept-handoff.ts decides who may). An API key is
// not a person, so it names the member who takes the conversation
// (`membershipId`, manager keys only); the conversation goes to that member
// exactly as if they had accepted it, and an audit entry records the key.
import { z } from 'zod';
import { forbidden } from '@/lib/api/errors';
import { hasRole } from '@/lib/auth/roles';
import { acceptHandoff } from '@/lib/routing/accept-handoff';
import { invalidField } from '@/lib/settings/field-error';
import type { SettingsCtx } from '@/lib/settings/settings-context';
import { writeAuditEvent } from '@/lib/settings/write-audit-event';

const id = z.string().trim().min(1).max(64);

export const acceptHandoffAsInput = z.object({ handoffId: id, membershipId: id.optional() }).strict();
export type AcceptHandoffAsInput = z.input<typeof acceptHandoffAsInput>;

export async function acceptHandoffAs(ctx: SettingsCtx, raw: AcceptHandoffAsInput, now: Date = new Date()) {
  const input = acceptHandoffAsInput.parse(raw);
  if (ctx.actor.type === 'user') {
    if (input.membershipId && input.membershipId !== ctx.actor.membershipId) {
      throw forbidden('You accept handoffs for yourself; to give a conversation to someone else, hand it off to them');
    }
    return acceptHandoff(ctx, { handoffId: input.handoffId }, now);
  }
  if (!input.membershipId) {
    throw invalidField('membershipId', 'An API key is not a person: send "membershipId", the member who takes the conversation');
  }
  if (!hasRole(ctx.role, 'manager')) throw forbidden('Accepting on behalf of a member needs a manager API key');
  const m = await ctx.db.membership.findFirst({ where: { id: input.membershipId }, include: { user: { select: { name: true, email: true } } } });
  if (!m) throw invalidField('membershipId', `No member with id "${input.membershipId}" in this workspace`);
  if (!m.active) throw invalidField('membershipId', `${m.user.name} is no longer active in this workspace`);
  const result = await acceptHandoff(
    { db: ctx.db, workspaceId: ctx.workspaceId, role: m.role, actor: { type: 'user', userId: m.userId, membershipId: m.id, name: m.user.name, email: m.user.email } },
    { handoffId: input.handoffId },
    now,
  );
  if (result.changed) {
    await writeAuditEvent(ctx.db, ctx, {
      action: 'handoff.accept_on_behalf',
      targetType: 'handoff',
      targetId: result.handoffId,
      data: { member: m.user.name, membershipId: m.id, conversationId: result.conversationId },
    });
  }
  return result;
}
