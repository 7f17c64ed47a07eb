// An agent answers a customer on another of their channels (the WhatsApp
// conversation is stale, the customer also texts us): the reply belongs to
// that channel's conversation with this contact. Find it, or open one, so
// that the outbound worker sends through that channel to the contact's
// identity there and the customer's answer threads back into it.
// A new conversation keeps the team, assignee and severity of the one the
// agent is working in (the same case, continued elsewhere), and its timeline
// says where it came from.
import { ApiError, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { actorId } from '@/lib/auth/session';
import { findContactConversation } from '@/lib/conversations/list-reply-channels';
import { checkSendRules } from '@/lib/outbound/check-send-rules';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';

// `text` is the reply about to be sent: a new conversation has no customer
// message yet, so a channel that needs one (WhatsApp's and Meta's windows)
// refuses here, before an empty conversation is left behind.
export async function openConversationOnChannel(ctx: WorkspaceContext, fromConversationId: string, channelId: string, text: string): Promise<{ conversationId: string; created: boolean }> {
  const from = await ctx.db.conversation.findUnique({ where: { id: fromConversationId }, include: { channel: { select: { name: true } } } });
  if (!from) throw notFound('Conversation');
  if (from.channelId === channelId) return { conversationId: from.id, created: false };
  const channel = await ctx.db.channel.findUnique({ where: { id: channelId }, select: { id: true, provider: true, name: true, enabled: true } });
  if (!channel) throw notFound('Channel');
  if (!channel.enabled) throw new ApiError(422, 'channel_disabled', `${channel.name} is disabled; enable it in Settings → Channels to reply on it.`);
  const identity = await ctx.db.contactIdentity.findFirst({ where: { contactId: from.contactId, provider: channel.provider, OR: [{ channelId: null }, { channelId: channel.id }] } });
  if (!identity) throw new ApiError(422, 'no_identity', `This customer has no ${channel.provider} identity to reach on ${channel.name}.`);

  const existing = await findContactConversation(ctx.db, from.contactId, channel.id);
  if (existing) return { conversationId: existing.id, created: false };
  const problem = checkSendRules({ provider: channel.provider, text, lastInboundAt: null });
  if (problem) throw new ApiError(422, 'provider_rule', problem);

  const created = await ctx.db.$transaction(async (tx) => {
    const c = await tx.conversation.create({
      data: {
        workspaceId: ctx.workspaceId,
        channelId: channel.id,
        contactId: from.contactId,
        subject: from.subject,
        status: 'open',
        teamId: from.teamId,
        assigneeId: from.assigneeId,
        severity: from.severity,
        priority: from.priority,
        language: from.language,
      },
    });
    await tx.conversationEvent.create({
      data: {
        workspaceId: ctx.workspaceId,
        conversationId: c.id,
        kind: 'opened_from',
        summary: `Opened by ${ctx.actor.name} to reply on ${channel.name} (continued from ${from.channel.name})`,
        data: { fromConversationId: from.id },
        actorId: actorId(ctx.actor),
      },
    });
    return c;
  });
  void publishConversationUpdated(ctx.workspaceId, created.id, ['status', 'messages']);
  return { conversationId: created.id, created: true };
}
