// An agent sets a conversation's severity by hand. It is recorded as
// agent-set (Conversation.severitySetBy, and on the timeline), so later triage
// and crisis detection never change it; the priority follows at once. Raising
// it asks routing to look again (a SEV1 goes to the on-call senior).
import { z } from 'zod';
import { notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { conversationPriority } from '@/lib/triage/conversation-priority';

export const severityValue = z.coerce.number().int().min(1, 'severity is 1 (critical) to 4 (low)').max(4, 'severity is 1 (critical) to 4 (low)');

export const setSeverityInput = z
  .object({
    conversationId: z.string().trim().min(1).max(64),
    severity: severityValue,
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export type SetSeverityInput = z.input<typeof setSeverityInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

type Row = {
  severity: number;
  severitySetBy: string | null;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
};

export async function setSeverity(ctx: Ctx, raw: SetSeverityInput, now: Date = new Date()) {
  const input = setSeverityInput.parse(raw);
  const by = actorId(ctx.actor);
  const result = await ctx.db.$transaction(async (tx) => {
    const [c] = await tx.$queryRaw<Row[]>`
      SELECT severity, "severitySetBy", "waitingSince", "firstResponseAt", "firstResponseDueAt", "nextResponseDueAt"
      FROM "Conversation" WHERE id = ${input.conversationId} AND "workspaceId" = ${ctx.workspaceId} FOR UPDATE`;
    if (!c) throw notFound('Conversation');
    if (c.severity === input.severity && c.severitySetBy) return { conversationId: input.conversationId, severity: c.severity, changed: false };

    const priority = conversationPriority(c, input.severity, now).score;
    await tx.conversation.update({ where: { id: input.conversationId }, data: { severity: input.severity, severitySetBy: by, priority } });
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId, conversationId: input.conversationId, kind: 'severity',
        summary: `severity SEV${input.severity} (set by ${ctx.actor.name}${input.note ? `: ${input.note}` : ''})`,
        data: { severity: input.severity, from: c.severity, setBy: 'agent', actorType: ctx.actor.type },
        actorId: by, createdAt: now,
      },
    });
    if (input.severity < c.severity) {
      await addOutboxJob(tx, 'routing.conversation', { workspaceId: ctx.workspaceId, conversationId: input.conversationId, reason: `severity raised to SEV${input.severity} by ${ctx.actor.name}` }, {
        jobId: `route-severity-${input.conversationId}-${now.getTime()}`,
        priority: jobPriorityForSeverity(input.severity),
      });
    }
    return { conversationId: input.conversationId, severity: input.severity, changed: true };
  });
  if (result.changed) void publishConversationUpdated(ctx.workspaceId, result.conversationId, ['severity', 'priority']);
  return result;
}
