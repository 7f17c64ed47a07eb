// One conversation with everything an agent or an API client needs: messages,
// tags with why they were applied, severity, priority, team, assignee, the
// decision timeline, handoffs and the contact.
import { notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { computePriority } from '@/lib/triage/compute-priority';

const MAX_MESSAGES = 500;
const MAX_EVENTS = 200;

export async function getConversation(ctx: Pick<WorkspaceContext, 'db'>, id: string) {
  const c = await ctx.db.conversation.findUnique({
    where: { id },
    include: {
      channel: { select: { id: true, provider: true, name: true } },
      contact: { include: { identities: { select: { provider: true, externalId: true, handle: true, phone: true, email: true } } } },
      team: { select: { id: true, key: true, name: true } },
      assignee: { select: { id: true, user: { select: { name: true, email: true } } } },
      crisis: { select: { id: true, title: true, status: true } },
      // The latest 500 messages and 200 events (reversed below into reading
      // order): a long thread must show its newest message, not stop at an old one.
      messages: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: MAX_MESSAGES,
        include: { author: { select: { id: true, user: { select: { name: true } } } }, channel: { select: { provider: true } } },
      },
      tagApplications: { orderBy: { appliedAt: 'asc' }, include: { tag: { select: { key: true, name: true, color: true } } } },
      events: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: MAX_EVENTS },
      handoffs: { orderBy: { createdAt: 'desc' }, take: 20 },
    },
  });
  if (!c) throw notFound('Conversation');
  const { messages: newestMessages, events: newestEvents, tagApplications, assignee, ...rest } = c;
  const messages = [...newestMessages].reverse();
  const events = [...newestEvents].reverse();
  // The nearest deadline. (A bare .sort() would compare Dates as strings, i.e. by weekday name.)
  const dueAt =
    [c.firstResponseAt ? null : c.firstResponseDueAt, c.nextResponseDueAt]
      .filter((d): d is Date => d instanceof Date)
      .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return {
    ...rest,
    assignee: assignee ? { id: assignee.id, name: assignee.user.name, email: assignee.user.email } : null,
    priorityReasons: computePriority({ severity: c.severity, waitingSince: c.waitingSince, dueAt }).reasons,
    tags: tagApplications
      .filter((t) => !t.removedAt)
      .map((t) => ({ key: t.tag.key, name: t.tag.name, color: t.tag.color, source: t.source, confidence: t.confidence, reason: t.reason, appliedAt: t.appliedAt, messageId: t.messageId })),
    tagHistory: tagApplications.map((t) => ({
      key: t.tag.key,
      source: t.source,
      confidence: t.confidence,
      reason: t.reason,
      appliedAt: t.appliedAt,
      appliedById: t.appliedById,
      removedAt: t.removedAt,
      removedById: t.removedById,
    })),
    messages: messages.map((m) => ({
      id: m.id,
      direction: m.direction,
      provider: m.channel.provider,
      providerMessageId: m.providerMessageId,
      subject: m.subject,
      text: m.text,
      html: m.html,
      attachments: m.attachments,
      status: m.status,
      providerError: m.providerError,
      language: m.language,
      // When triage ran on it (inbound messages); null while it waits for the triage worker.
      triagedAt: m.triagedAt,
      author: m.author ? { id: m.author.id, name: m.author.user.name } : null,
      contactId: m.contactId,
      sentAt: m.sentAt,
      deliveredAt: m.deliveredAt,
      readAt: m.readAt,
      createdAt: m.createdAt,
    })),
    timeline: events.map((e) => ({ id: e.id, kind: e.kind, summary: e.summary, data: e.data, actorId: e.actorId, createdAt: e.createdAt })),
  };
}

export type ConversationDetail = Awaited<ReturnType<typeof getConversation>>;
