// The inbox's live events, published after the writing transaction commits,
// so call sites stay one line:
//   void publishConversationUpdated(workspaceId, id, ['assignee']);
// Every function resolves (never rejects): publishLive swallows errors with a
// timeout, Postgres holds the truth, and tabs refetch when they reconnect.
// Hot paths (webhook ingest, the outbound worker) call them without await: the
// publish finishes in the background (about a millisecond on Redis; the very
// first one in a process also starts the relay node).
import { publishLive, workspaceTopic } from '@/lib/live/live-events';

// What changed on a conversation (the client may refetch only what it shows).
export type ConversationField = 'status' | 'assignee' | 'team' | 'tags' | 'severity' | 'priority' | 'handoff' | 'sla' | 'messages';

export type InboxEvent =
  | { type: 'conversation.updated'; id: string; fields: ConversationField[] }
  | { type: 'message.created'; conversationId: string; messageId: string; direction: 'in' | 'out' | 'note' }
  | { type: 'message.updated'; conversationId: string; messageId: string; status: string }
  | { type: 'notification.created'; recipientIds: string[]; kind?: string }
  | { type: 'notification.read'; recipientIds: string[] }
  | { type: 'presence.updated'; conversationId: string; viewers: { membershipId: string; name: string; state: 'viewing' | 'typing' }[] };

export function publishInboxEvent(workspaceId: string, event: InboxEvent): Promise<void> {
  return publishLive(workspaceTopic(workspaceId, event.type.split('.')[0]), event);
}

export function publishConversationUpdated(workspaceId: string, ids: string | string[], fields: ConversationField[]): Promise<void> {
  const list = [...new Set(Array.isArray(ids) ? ids : [ids])];
  return Promise.all(list.map((id) => publishInboxEvent(workspaceId, { type: 'conversation.updated', id, fields }))).then(() => {});
}

export function publishMessageCreated(workspaceId: string, conversationId: string, messageId: string, direction: 'in' | 'out' | 'note'): Promise<void> {
  return publishInboxEvent(workspaceId, { type: 'message.created', conversationId, messageId, direction });
}

export function publishMessageUpdated(workspaceId: string, conversationId: string, messageId: string, status: string): Promise<void> {
  return publishInboxEvent(workspaceId, { type: 'message.updated', conversationId, messageId, status });
}

// recipientIds are membership ids; the event stream forwards the event only to them.
export function publishNotificationCreated(workspaceId: string, recipientIds: (string | null | undefined)[], kind?: string): Promise<void> {
  const ids = [...new Set(recipientIds.filter((id): id is string => Boolean(id)))];
  if (!ids.length) return Promise.resolve();
  return publishInboxEvent(workspaceId, { type: 'notification.created', recipientIds: ids, ...(kind ? { kind } : {}) });
}
