// What crisis detection compares a new incident report with: the incident
// reports of the last minutes (their texts, channels, severities) and the
// active crises (their members counted in SQL: a crisis may hold thousands).
import type { ScopedDb } from '@/lib/tenancy';
import { CRISIS_RULES, type ActiveCrisis, type CrisisCandidate } from './detect-crisis';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

const MIN = 60_000;
// The most recent incident reports compared with each new one.
const MAX_CANDIDATES = 200;

export async function loadCandidates(tx: Tx, conversationId: string, incidentTagId: string, now: Date): Promise<CrisisCandidate[]> {
  const since = new Date(now.getTime() - CRISIS_RULES.windowMinutes * MIN);
  const recent = await tx.tagApplication.findMany({
    where: { tagId: incidentTagId, removedAt: null, appliedAt: { gte: since } },
    select: { conversationId: true },
    orderBy: { appliedAt: 'desc' },
    take: MAX_CANDIDATES,
  });
  const ids = [...new Set([conversationId, ...recent.map((r) => r.conversationId)])];
  const rows = await tx.conversation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, channelId: true, severity: true, crisisId: true,
      messages: { where: { direction: 'in', createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, take: 5, select: { text: true, subject: true, createdAt: true } },
    },
  });
  return rows
    .filter((r) => r.messages.length)
    .map((r) => ({
      conversationId: r.id,
      channelId: r.channelId,
      severity: r.severity,
      crisisId: r.crisisId,
      text: r.messages.map((m) => [m.subject, m.text].filter(Boolean).join('\n')).join('\n'),
      firstAt: r.messages[0].createdAt,
      lastAt: r.messages[r.messages.length - 1].createdAt,
    }));
}

// Active crises with what the decision needs about their members.
export async function loadActiveCrises(tx: Tx, now: Date): Promise<ActiveCrisis[]> {
  const crises = await tx.crisis.findMany({
    where: { status: 'active', lastSeenAt: { gte: new Date(now.getTime() - CRISIS_RULES.extendMinutes * MIN) } },
    select: { id: true, title: true, signature: true, startedAt: true, lastSeenAt: true },
  });
  if (!crises.length) return [];
  const groups = await tx.conversation.groupBy({
    by: ['crisisId', 'channelId'],
    where: { crisisId: { in: crises.map((k) => k.id) } },
    _count: { _all: true },
    _min: { severity: true },
  });
  return crises.map((k) => {
    const mine = groups.filter((g) => g.crisisId === k.id);
    return {
      ...k,
      conversationCount: mine.reduce((n, g) => n + g._count._all, 0),
      channelIds: mine.map((g) => g.channelId),
      minSeverity: Math.min(4, ...mine.map((g) => g._min.severity ?? 4)),
    };
  });
}
