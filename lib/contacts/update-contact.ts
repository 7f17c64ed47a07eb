// An agent edits what the team knows about a contact from the conversation's
// side panel: the VIP flag and free-form notes ("prefers phone calls, ordered
// for a school"). VIP is a fact triage uses (it raises severity), so a change
// is audited with who made it; notes are shared by everyone who opens any of
// this contact's conversations. A merged contact's id answers for the contact
// it was merged into; another workspace's id is a 404.
import { z } from 'zod';
import { badRequest, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';

export const updateContactInput = z
  .object({
    contactId: z.string().trim().min(1).max(64),
    notes: z.string().max(5000).optional(),
    isVip: z.boolean().optional(),
  })
  .strict();

export type UpdateContactInput = z.infer<typeof updateContactInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

export async function updateContact(ctx: Ctx, input: UpdateContactInput) {
  if (input.notes === undefined && input.isVip === undefined) throw badRequest('Nothing to change: send notes or isVip');
  const notes = input.notes?.replace(/\r\n/g, '\n').trim();
  const result = await ctx.db.$transaction(async (tx) => {
    let before = await tx.contact.findUnique({ where: { id: input.contactId }, select: { id: true, notes: true, isVip: true, mergedIntoId: true } });
    if (before?.mergedIntoId) before = await tx.contact.findUnique({ where: { id: before.mergedIntoId }, select: { id: true, notes: true, isVip: true, mergedIntoId: true } });
    if (!before) throw notFound('Contact');
    const data = {
      ...(notes !== undefined && notes !== before.notes ? { notes } : {}),
      ...(input.isVip !== undefined && input.isVip !== before.isVip ? { isVip: input.isVip } : {}),
    };
    if (!Object.keys(data).length) return { id: before.id, notes: before.notes, isVip: before.isVip, changed: false };
    const after = await tx.contact.update({ where: { id: before.id }, data, select: { id: true, notes: true, isVip: true } });
    await tx.auditEvent.create({
      data: {
        workspaceId: ctx.workspaceId, actorId: actorId(ctx.actor), actorType: ctx.actor.type, action: 'contact.update', targetType: 'contact', targetId: before.id,
        data: { fields: Object.keys(data), ...('isVip' in data ? { isVip: { from: before.isVip, to: after.isVip } } : {}) },
      },
    });
    const conversations = await tx.conversation.findMany({ where: { contactId: before.id }, orderBy: { lastMessageAt: 'desc' }, take: 50, select: { id: true } });
    return { ...after, changed: true, conversationIds: conversations.map((c) => c.id) };
  });
  // Open tabs showing one of this contact's conversations refresh their panel.
  if (result.changed && 'conversationIds' in result) void publishConversationUpdated(ctx.workspaceId, result.conversationIds, []);
  return { id: result.id, notes: result.notes, isVip: result.isVip, changed: result.changed };
}
