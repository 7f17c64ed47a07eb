// One conversation with everything an agent or an API client needs: messages,
// tags with why they were applied, severity, priority, team, assignee, the
// decision timeline, handoffs and the contact.
//
// Five independent reads at once (the conversation with its small relations,
// messages, tag applications, events, handoffs) instead of one nested Prisma
// include, which ran its sixteen queries one after another; the messages,
// the bulk of a long thread, as one joined SQL statement
// (read-conversation-messages). On the 1,000,000-conversation bench
// (tests/bench/inbox-scale.ts), threads of 100-300 messages went from 26 ms
// to 8 ms median, old and new code interleaved on the same loaded machine.
import { notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { computePriority } from '@/lib/triage/compute-priority';
import { readConversationMessages } from './read-conversation-messages';

const MAX_MESSAGES = 500;
const MAX_EVENTS = 200;

export async function getConversation(ctx: Pick<WorkspaceContext, 'db' | 'workspaceId'>, id: string) {
  const [c, newestMessages, tagApplications, newestEvents, handoffs] = await Promise.all([
    ctx.db.conversation.findUnique({
      where: { id },
      include: {
        channel: { select: { id: true, provider: true, name: true } },
        contact: { include: { identities: { select: { provider: true, externalId: true, handle: true, phone: true, email: true } } } },
        team: { select: { id: true, key: true, name: true } },
        assignee: { select: { id: true, user: { select: { name: true, email: true } } } },
        crisis: { select: { id: true, title: true, status: true } },
      },
    }),
    // The latest 500 messages and 200 events (reversed below into reading
    // order): a long thread must show its newest message, not stop at an old one.
    readConversationMessages(ctx.db, ctx.workspaceId, id, MAX_MESSAGES),
    ctx.db.tagApplication.findMany({
      where: { conversationId: id },
      orderBy: { appliedAt: 'asc' },
      select: {
        source: true, confidence: true, reason: true, appliedAt: true, appliedById: true, removedAt: true, removedById: true, messageId: true,
        tag: { select: { key: true, name: true, color: true } },
      },
    }),
    ctx.db.conversationEvent.findMany({
      where: { conversationId: id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MAX_EVENTS,
      select: { id: true, kind: true, summary: true, data: true, actorId: true, createdAt: true },
    }),
    ctx.db.handoff.findMany({ where: { conversationId: id }, orderBy: { createdAt: 'desc' }, take: 20 }),
  ]);
  if (!c) throw notFound('Conversation');
  const { assignee, ...rest } = c;
  const messages = [...newestMessages].reverse();
  const events = [...newestEvents].reverse();
  // The nearest deadline. (A bare .sort() would compare Dates as strings, i.e. by weekday name.)
  const dueAt =
    [c.firstResponseAt ? null : c.firstResponseDueAt, c.nextResponseDueAt]
      .filter((d): d is Date => d instanceof Date)
      .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return {
    ...rest,
    handoffs,
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
    messages,
    timeline: events.map((e) => ({ id: e.id, kind: e.kind, summary: e.summary, data: e.data, actorId: e.actorId, createdAt: e.createdAt })),
  };
}

export type ConversationDetail = Awaited<ReturnType<typeof getConversation>>;
