// Replies for the Page-based channels (Messenger and Instagram through the
// Messenger Platform), with the Page access token:
//  - in a comment conversation, a public reply to the customer's latest
//    comment (ctx.lastInbound.meta.commentId): Facebook POST /{comment-id}/comments,
//    Instagram POST /{ig-comment-id}/replies, both { message } → { id };
//  - otherwise a DM through the Send API, POST /{page-id}/messages (Meta's
//    documented endpoint for Messenger and for Instagram, whose account is
//    linked to the Page; /me/messages when no page id is set):
//    { recipient: { id: PSID | IGSID }, messaging_type: "RESPONSE", message: { text } },
//    and after 24 h messaging_type "MESSAGE_TAG" with tag "HUMAN_AGENT"
//    (checkSendRules has already refused anything past 7 days).
import type { Sender } from '@/lib/outbound/send-context';
import { PermanentSendError } from '@/lib/outbound/send-errors';
import { needsHumanAgentTag } from '@/lib/outbound/check-send-rules';
import { graphRequest, requireToken } from '@/lib/channels/meta/graph-request';

type Options = { label: string; commentReplyEdge: 'comments' | 'replies' };

export function pageReplySender({ label, commentReplyEdge }: Options): Sender {
  return async ({ channel, message, recipient, lastInbound }) => {
    const token = requireToken(channel.secrets.pageAccessToken, 'Page access token');
    const inboundMeta = (lastInbound?.meta ?? {}) as Record<string, unknown>;
    const commentId = typeof inboundMeta.commentId === 'string' ? inboundMeta.commentId : undefined;
    if (commentId) {
      const res = await graphRequest<{ id?: string }>(label, 'POST', `${encodeURIComponent(commentId)}/${commentReplyEdge}`, token, { message: message.text });
      if (!res.id) throw new PermanentSendError(`Delivery unknown: ${label} answered without a comment id`);
      return { providerMessageId: res.id, status: 'sent' };
    }
    const pageId = typeof channel.settings.pageId === 'string' && channel.settings.pageId ? channel.settings.pageId : 'me';
    const humanAgent = needsHumanAgentTag(lastInbound?.sentAt ?? null);
    const res = await graphRequest<{ recipient_id?: string; message_id?: string }>(label, 'POST', `${encodeURIComponent(pageId)}/messages`, token, {
      recipient: { id: recipient.externalId },
      messaging_type: humanAgent ? 'MESSAGE_TAG' : 'RESPONSE',
      ...(humanAgent ? { tag: 'HUMAN_AGENT' } : {}),
      message: { text: message.text },
    });
    if (!res.message_id) throw new PermanentSendError(`Delivery unknown: ${label} answered without a message id`);
    return { providerMessageId: res.message_id, status: 'sent' };
  };
}
