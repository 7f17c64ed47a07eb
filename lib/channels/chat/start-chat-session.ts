// A new visitor: an id and its token, nothing stored. The contact and
// conversation are created by the visitor's first message (or email), so a
// page view that never chats costs no rows.
import type { LoadedChannel } from '@/lib/channels/load-channel';
import { isValidVisitor, newVisitorId, visitorToken } from '@/lib/channels/chat/visitor-token';

export function startChatSession(channel: LoadedChannel, existing?: { visitorId?: string; token?: string }) {
  // A widget that still holds a valid session keeps it.
  if (existing?.visitorId && existing.token && isValidVisitor(channel, existing.visitorId, existing.token)) {
    return { visitorId: existing.visitorId, token: existing.token, resumed: true };
  }
  const visitorId = newVisitorId();
  return { visitorId, token: visitorToken(channel, visitorId), resumed: false };
}
