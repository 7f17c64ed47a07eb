// A manager edits a person's seat in the workspace: title, languages, skills,
// default capacity, seniority (SEV1 escalations) and whether they are active.
// - More room (capacity raised, activated, a language or seniority added):
//   their teams' backlog is looked at (outbox job).
// - Deactivated: their open work goes back to the team queues (history rows
//   and timeline events), so nothing waits on someone who has left, and the
//   queues are looked at. Nobody deactivates themselves, and only an admin
//   deactivates an admin.
import { forbidden, notFound } from '@/lib/api/errors';
import { hasRole } from '@/lib/auth/roles';
import { actorId } from '@/lib/auth/session';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';
import { invalidField } from './field-error';
import { updateMemberInput, type UpdateMemberInput } from './team-input';
import { loadMembers, type MemberView } from './team-view';
import { describeChanges } from './describe-changes';
import { enqueueTeamBacklogs } from './enqueue-team-backlogs';
import type { SettingsCtx, Tx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

const FIELDS = ['title', 'languages', 'skills', 'capacity', 'isSenior', 'active'] as const;

export async function updateMember(ctx: SettingsCtx, raw: UpdateMemberInput, now: Date = new Date()): Promise<MemberView & { unassigned: number }> {
  const { id, ...fields } = updateMemberInput.parse(raw);
  if (fields.languages) fields.languages = [...new Set(fields.languages)];
  if (fields.skills) fields.skills = [...new Set(fields.skills)];
  const result = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({ where: { id }, include: { user: { select: { name: true } }, teams: { select: { teamId: true } } } });
    if (!existing) throw notFound('Member');
    if (fields.active === false && existing.active) {
      if (ctx.actor.type === 'user' && ctx.actor.membershipId === id) throw invalidField('active', 'You cannot deactivate yourself');
      if (existing.role === 'admin' && !hasRole(ctx.role, 'admin')) throw forbidden('Only an admin can deactivate an admin');
    }
    const row = await tx.membership.update({ where: { id }, data: fields });
    const changes = describeChanges(existing, row, FIELDS);
    if (!Object.keys(changes).length) return { member: (await loadMembers(tx, { id }))[0], released: [] as string[] };
    const audit = await writeAuditEvent(tx, ctx, { action: 'member.update', targetType: 'membership', targetId: id, data: { member: existing.user.name, changes } });

    let released: string[] = [];
    const gained = (a: string[], b: string[]) => b.some((x) => !a.includes(x));
    const moreRoom =
      row.capacity > existing.capacity || (row.active && !existing.active) || (row.isSenior && !existing.isSenior) || gained(existing.languages, row.languages);
    const queues = moreRoom && row.active ? existing.teams.map((t) => t.teamId) : [];
    if (existing.active && !row.active) {
      const convs = await releaseWork(tx, ctx, id, existing.user.name, now);
      released = convs.map((c) => c.id);
      queues.push(...convs.flatMap((c) => (c.teamId ? [c.teamId] : [])));
    }
    if (queues.length) await enqueueTeamBacklogs(tx, ctx.workspaceId, queues, audit.id);
    return { member: (await loadMembers(tx, { id }))[0], released };
  });
  if (result.released.length) void publishConversationUpdated(ctx.workspaceId, result.released, ['assignee']);
  return { ...result.member, unassigned: result.released.length };
}

// Puts a deactivated person's open, pending and snoozed conversations back in
// their team queues; returns them.
async function releaseWork(tx: Tx, ctx: SettingsCtx, membershipId: string, name: string, now: Date): Promise<{ id: string; teamId: string | null }[]> {
  // Locked, so a conversation re-assigned at this moment is not also released.
  const convs = await tx.$queryRaw<{ id: string; teamId: string | null }[]>`
    SELECT id, "teamId" FROM "Conversation"
    WHERE "workspaceId" = ${ctx.workspaceId} AND "assigneeId" = ${membershipId} AND status <> 'resolved'
    FOR UPDATE`;
  if (!convs.length) return [];
  await tx.conversation.updateMany({ where: { id: { in: convs.map((c) => c.id) }, assigneeId: membershipId }, data: { assigneeId: null } });
  const reason = `${name} was deactivated`;
  const by = actorId(ctx.actor);
  await tx.assignment.createMany({
    data: convs.map((c) => ({ workspaceId: ctx.workspaceId, conversationId: c.id, fromId: membershipId, toId: null, teamId: c.teamId, method: 'manual', reason, actorId: by, createdAt: now })),
  });
  await tx.conversationEvent.createMany({
    data: convs.map((c) => ({ workspaceId: ctx.workspaceId, conversationId: c.id, kind: 'assignment', summary: `unassigned: ${reason}; back to the team queue`, actorId: by, createdAt: now })),
  });
  return convs;
}
