// An agent answers (or leaves an internal note) in a conversation. A reply is
// stored as queued and handed to the outbound worker through the outbox, in
// one transaction; the provider's rules are checked first so the agent learns
// at once why a reply cannot go out (WhatsApp's 24-hour window, ...).
// If a colleague replied after the message this agent last saw, the reply is
// refused with 409 unless the agent confirms (no unknowing double answers).
import { z } from 'zod';
import { ApiError, badRequest, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { checkSendRules } from '@/lib/outbound/check-send-rules';
import { xReplyTweetId } from '@/lib/channels/x/send';
import { notifyMentions } from '@/lib/notifications/notify-mentions';
import { publishMessageCreated, publishNotificationCreated } from '@/lib/live/publish-conversation-event';

export const sendReplyInput = z.object({
  conversationId: z.string().min(1).max(64),
  kind: z.enum(['reply', 'note']).default('reply'),
  text: z.string().trim().min(1, 'Write something first').max(20_000),
  // The newest message the agent had on screen; see above.
  lastSeenMessageId: z.string().max(64).optional(),
  confirmOverlap: z.boolean().default(false),
  // WhatsApp outside the 24-hour window: the approved template to send.
  template: z.object({ name: z.string().min(1).max(200), language: z.string().min(2).max(20) }).optional(),
});

export type SendReplyInput = z.input<typeof sendReplyInput>;

export async function sendReply(ctx: WorkspaceContext, raw: SendReplyInput) {
  const input = sendReplyInput.parse(raw);
  const conversation = await ctx.db.conversation.findUnique({ where: { id: input.conversationId }, include: { channel: true } });
  if (!conversation) throw notFound('Conversation');
  const authorId = ctx.actor.type === 'user' ? ctx.actor.membershipId : null;
  const now = new Date();

  if (input.kind === 'reply') {
    const lastInbound = await ctx.db.message.findFirst({ where: { conversationId: conversation.id, direction: 'in' }, orderBy: { sentAt: 'desc' }, select: { sentAt: true, meta: true } });
    const provider = conversation.channel.provider;
    const problem = checkSendRules({
      provider,
      text: input.text,
      lastInboundAt: lastInbound?.sentAt ?? null,
      isTemplate: Boolean(input.template),
      isPublicReply: provider === 'x' && xReplyTweetId(lastInbound) !== null,
      isComment: (provider === 'messenger' || provider === 'instagram') && Boolean(conversation.threadKey),
      now,
    });
    if (problem) throw new ApiError(422, 'provider_rule', problem);
    if (input.lastSeenMessageId && !input.confirmOverlap) {
      const seen = await ctx.db.message.findFirst({ where: { id: input.lastSeenMessageId, conversationId: conversation.id }, select: { createdAt: true } });
      if (!seen) throw badRequest('lastSeenMessageId is not a message of this conversation');
      const overlap = await ctx.db.message.findFirst({
        where: { conversationId: conversation.id, direction: 'out', createdAt: { gt: seen.createdAt }, ...(authorId ? { NOT: { authorId } } : {}) },
        include: { author: { include: { user: { select: { name: true } } } } },
        orderBy: { createdAt: 'desc' },
      });
      if (overlap) {
        throw new ApiError(409, 'reply_overlap', `${overlap.author?.user.name ?? 'A colleague'} replied after you opened this conversation. Read their reply, then send again to confirm.`, { messageId: overlap.id });
      }
    }
  }

  const { message, mentioned } = await ctx.db.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: {
        workspaceId: ctx.workspaceId,
        conversationId: conversation.id,
        channelId: conversation.channelId,
        direction: input.kind === 'note' ? 'note' : 'out',
        authorId,
        text: input.text,
        status: input.kind === 'note' ? 'received' : 'queued',
        meta: input.template ? { template: input.template } : {},
        sentAt: now,
      },
    });
    const preview = input.text.replace(/\s+/g, ' ').slice(0, 200);
    if (input.kind === 'reply') {
      await tx.conversation.update({
        where: { id: conversation.id },
        data: {
          messageCount: { increment: 1 },
          lastMessageAt: now,
          lastOutboundAt: now,
          preview,
          waitingSince: null,
          ...(conversation.firstResponseAt ? {} : { firstResponseAt: now }),
        },
      });
      await addOutboxJob(tx, 'outbound.send', { workspaceId: ctx.workspaceId, messageId: message.id }, { jobId: `send-${message.id}`, priority: jobPriorityForSeverity(conversation.severity) });
    } else {
      await tx.conversation.update({ where: { id: conversation.id }, data: { messageCount: { increment: 1 } } });
    }
    // "@Mei-Ling can you check?" notifies Mei-Ling (notes only: replies go to the customer).
    const mentioned = input.kind === 'note' ? await notifyMentions(tx, ctx.workspaceId, message, { membershipId: authorId, name: ctx.actor.name }) : [];
    return { message, mentioned };
  });
  void publishMessageCreated(ctx.workspaceId, conversation.id, message.id, message.direction === 'note' ? 'note' : 'out');
  void publishNotificationCreated(ctx.workspaceId, mentioned, 'mention');
  return message;
}
