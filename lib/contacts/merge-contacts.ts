// Merge two contacts that are one person (the same customer wrote by email and
// on Instagram). In ONE transaction: the other contact's identities,
// conversations and messages move to the kept contact, its facts are combined
// into the kept one (combine-contacts.ts), and it is marked mergedIntoId, so
// old links and API ids still resolve (get-contact.ts follows it). Contacts
// merged into the other earlier now point at the kept one directly.
//
// Both rows are locked (FOR UPDATE, filtered by workspace) before anything
// moves, so two agents merging the same pair at once cannot half-merge. An id
// of another workspace is a 404 and nothing changes; merging a contact into
// itself or an already merged contact is refused.
import { z } from 'zod';
import { badRequest, conflict, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';
import { combineContacts } from './combine-contacts';

export const mergeContactsInput = z
  .object({
    // The contact that stays (the one whose conversation is open).
    keepId: z.string().trim().min(1).max(64),
    // The contact that is folded into it.
    mergeId: z.string().trim().min(1).max(64),
  })
  .strict();

export type MergeContactsInput = z.infer<typeof mergeContactsInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor'>;

const contactSelect = {
  id: true, name: true, notes: true, isVip: true, verified: true, followerCount: true, plan: true, language: true,
  preferredChannel: true, avatarUrl: true, lastSeenAt: true, mergedIntoId: true,
} as const;

export async function mergeContacts(ctx: Ctx, input: MergeContactsInput, now: Date = new Date()) {
  if (input.keepId === input.mergeId) throw badRequest('A contact cannot be merged into itself');
  const by = actorId(ctx.actor);
  const result = await ctx.db.$transaction(async (tx) => {
    // Lock in a stable (id) order so that A→B and B→A at once cannot deadlock.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Contact" WHERE id IN (${input.keepId}, ${input.mergeId}) AND "workspaceId" = ${ctx.workspaceId} ORDER BY id FOR UPDATE`;
    if (locked.length !== 2) throw notFound('Contact');
    const [keep, other] = await Promise.all([
      tx.contact.findUniqueOrThrow({ where: { id: input.keepId }, select: contactSelect }),
      tx.contact.findUniqueOrThrow({ where: { id: input.mergeId }, select: contactSelect }),
    ]);
    if (keep.mergedIntoId || other.mergedIntoId) throw conflict('One of these contacts was already merged; reload and try again');

    const moved = await tx.conversation.findMany({ where: { contactId: other.id }, select: { id: true } });
    // The kept contact's own recent conversations say it too (bounded; the audit row has the whole story).
    const own = await tx.conversation.findMany({ where: { contactId: keep.id }, orderBy: { lastMessageAt: 'desc' }, take: 50, select: { id: true } });
    const identities = await tx.contactIdentity.updateMany({ where: { contactId: other.id }, data: { contactId: keep.id } });
    const conversations = await tx.conversation.updateMany({ where: { contactId: other.id }, data: { contactId: keep.id } });
    const messages = await tx.message.updateMany({ where: { contactId: other.id }, data: { contactId: keep.id } });
    await tx.contact.updateMany({ where: { mergedIntoId: other.id }, data: { mergedIntoId: keep.id } });

    await tx.contact.update({ where: { id: keep.id }, data: combineContacts(keep, other) });
    await tx.contact.update({ where: { id: other.id }, data: { mergedIntoId: keep.id } });

    const counts = { identities: identities.count, conversations: conversations.count, messages: messages.count };
    await tx.auditEvent.create({
      data: {
        workspaceId: ctx.workspaceId, actorId: by, actorType: ctx.actor.type, action: 'contact.merge', targetType: 'contact', targetId: keep.id,
        data: { keptId: keep.id, mergedId: other.id, mergedName: other.name, ...counts },
        createdAt: now,
      },
    });
    // Each moved conversation says on its timeline why its contact changed.
    const touched = [...moved, ...own];
    if (touched.length) {
      await tx.conversationEvent.createMany({
        data: touched.map((c) => ({
          workspaceId: ctx.workspaceId, conversationId: c.id, kind: 'contact_merged',
          summary: `Contact ${other.name} merged into ${keep.name} by ${ctx.actor.name}`,
          data: { keptId: keep.id, mergedId: other.id, actorType: ctx.actor.type }, actorId: by, createdAt: now,
        })),
      });
    }
    const keptConversations = await tx.conversation.findMany({ where: { contactId: keep.id }, orderBy: { lastMessageAt: 'desc' }, take: 50, select: { id: true } });
    return { keptId: keep.id, mergedId: other.id, moved: counts, conversationIds: keptConversations.map((c) => c.id) };
  });
  void publishConversationUpdated(ctx.workspaceId, result.conversationIds, []);
  const { conversationIds: _ids, ...answer } = result;
  return answer;
}
