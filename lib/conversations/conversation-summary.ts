// The shape of a conversation in lists (API and inbox), and the Prisma
// selection that produces it in one query.
import type { Prisma } from '@/lib/generated/prisma/client';

export const summarySelect = {
  id: true,
  status: true,
  severity: true,
  priority: true,
  subject: true,
  preview: true,
  language: true,
  messageCount: true,
  lastMessageAt: true,
  waitingSince: true,
  firstResponseDueAt: true,
  nextResponseDueAt: true,
  resolutionDueAt: true,
  snoozedUntil: true,
  triagedAt: true,
  createdAt: true,
  channel: { select: { id: true, provider: true, name: true } },
  contact: { select: { id: true, name: true, isVip: true, followerCount: true, verified: true, avatarUrl: true } },
  team: { select: { id: true, key: true, name: true } },
  assignee: { select: { id: true, user: { select: { name: true } } } },
  tagApplications: {
    where: { removedAt: null },
    orderBy: { appliedAt: 'asc' },
    select: { source: true, confidence: true, reason: true, appliedAt: true, tag: { select: { key: true, name: true, color: true } } },
  },
} satisfies Prisma.ConversationSelect;

type Row = Prisma.ConversationGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: Row) {
  const { tagApplications, assignee, ...rest } = row;
  return {
    ...rest,
    assignee: assignee ? { id: assignee.id, name: assignee.user.name } : null,
    tags: tagApplications.map((t) => ({
      key: t.tag.key,
      name: t.tag.name,
      color: t.tag.color,
      source: t.source,
      confidence: t.confidence,
      reason: t.reason,
      appliedAt: t.appliedAt,
    })),
  };
}

export type ConversationSummary = ReturnType<typeof toSummary>;
