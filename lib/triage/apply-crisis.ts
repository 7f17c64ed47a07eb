// The apply step of crisis detection, inside the triage transaction of an
// incident report: reads the recent incident reports and active crises, asks
// detectCrisis (pure) and writes its answer — the Crisis row (created or
// extended, never duplicated), the conversations linked to it, their severity
// raised (never an agent's choice), timeline events, one alert per crisis and
// recipient for the incident team and its manager (the dedupe key stops alert
// storms), and a routing job for every conversation whose severity rose.
//
// Reports are judged one at a time per workspace (an advisory lock held to the
// end of the transaction), so two cannot both create "the" crisis. The lock is
// taken late — the triage transaction already holds its own conversation row —
// so while holding it this step never waits for another row: other
// conversations are locked with SKIP LOCKED, and one being triaged right now is
// left to its own crisis check a moment later (it links itself, and is raised,
// when it extends the crisis). No lock cycle, no deadlock.
import type { ScopedDb } from '@/lib/tenancy';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { conversationPriority, priorityFieldsSelect } from './conversation-priority';
import { CRISIS_RULES, detectCrisis, type ActiveCrisis, type CrisisCandidate } from './detect-crisis';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

const MIN = 60_000;
// The most recent incident reports compared with each new one.
const MAX_CANDIDATES = 200;

export type CrisisOutcome =
  | { action: 'none'; reason: string }
  | { action: 'create' | 'extend'; crisisId: string; title: string; summary: string; linked: string[]; raised: { id: string; severity: number }[]; notified: string[] };

async function lockCrisisDetection(tx: Tx, workspaceId: string): Promise<void> {
  const key = `crisis:${workspaceId}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
}

// The conversations among `ids` this transaction can lock now (its own included).
async function lockFree(tx: Tx, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Conversation" WHERE id = ANY(${ids}) AND "workspaceId" = ${workspaceId} ORDER BY id FOR UPDATE SKIP LOCKED`;
  return new Set(rows.map((r) => r.id));
}

async function loadCandidates(tx: Tx, conversationId: string, incidentTagId: string, now: Date): Promise<CrisisCandidate[]> {
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

// Active crises with what the decision needs about their members, counted in SQL.
async function loadActiveCrises(tx: Tx, now: Date): Promise<ActiveCrisis[]> {
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

async function alertRecipients(tx: Tx): Promise<string[]> {
  const team = await tx.team.findFirst({
    where: { key: 'incident' },
    select: { managerId: true, members: { where: { membership: { active: true } }, select: { membershipId: true } } },
  });
  if (team) return [...new Set([...team.members.map((m) => m.membershipId), ...(team.managerId ? [team.managerId] : [])])];
  // No incident team: the people who run the workspace.
  const leads = await tx.membership.findMany({ where: { active: true, role: { in: ['admin', 'manager'] } }, select: { id: true } });
  return leads.map((m) => m.id);
}

export async function applyCrisis(
  tx: Tx,
  args: { workspaceId: string; conversationId: string; incidentTagId: string; workspaceName: string; now: Date },
): Promise<CrisisOutcome> {
  const { workspaceId, now } = args;
  await lockCrisisDetection(tx, workspaceId);
  const candidates = await loadCandidates(tx, args.conversationId, args.incidentTagId, now);
  const crises = await loadActiveCrises(tx, now);
  const decision = detectCrisis({
    triggerId: args.conversationId,
    candidates,
    crises,
    now,
    ignoreTerms: [args.workspaceName],
  });
  if (decision.action === 'none') return decision;

  const crisisId =
    decision.crisisId ??
    (await tx.crisis.create({
      data: { workspaceId, title: decision.title, signature: decision.signature, status: 'active', startedAt: decision.startedAt, lastSeenAt: decision.lastSeenAt },
      select: { id: true },
    })).id;
  const linkable = await lockFree(tx, workspaceId, decision.link);
  const link = decision.link.filter((id) => linkable.has(id));
  if (link.length) await tx.conversation.updateMany({ where: { id: { in: link } }, data: { crisisId } });

  // Every conversation of the crisis reaches its severity.
  const below = await tx.conversation.findMany({
    where: { crisisId, severity: { gt: decision.severity }, severitySetBy: null },
    select: { id: true, severitySetBy: true, ...priorityFieldsSelect },
    orderBy: { id: 'asc' },
  });
  const raisable = await lockFree(tx, workspaceId, below.map((c) => c.id).filter((id) => !linkable.has(id)));
  const members = below.filter((c) => linkable.has(c.id) || raisable.has(c.id));
  const raised: { id: string; severity: number }[] = [];
  let at = now.getTime();
  const events: { conversationId: string; kind: string; summary: string; data: object; createdAt: Date }[] = [];
  for (const id of link) {
    events.push({ conversationId: id, kind: 'crisis', summary: decision.summary, data: { crisisId, title: decision.title, conversations: decision.conversations, channels: decision.channels }, createdAt: new Date(at++) });
  }
  for (const c of members) {
    if (c.severity <= decision.severity || c.severitySetBy) continue;
    const priority = conversationPriority(c, decision.severity, now).score;
    await tx.conversation.update({ where: { id: c.id }, data: { severity: decision.severity, priority } });
    raised.push({ id: c.id, severity: decision.severity });
    events.push({
      conversationId: c.id, kind: 'severity', summary: `severity SEV${decision.severity} (${decision.severityReason})`,
      data: { severity: decision.severity, from: c.severity, setBy: 'crisis', crisisId }, createdAt: new Date(at++),
    });
  }
  if (events.length) await tx.conversationEvent.createMany({ data: events.map((e) => ({ ...e, workspaceId })) });

  const messageCount = await tx.message.count({ where: { direction: 'in', conversation: { crisisId }, createdAt: { gte: decision.startedAt } } });
  await tx.crisis.update({ where: { id: crisisId }, data: { messageCount, startedAt: decision.startedAt, lastSeenAt: decision.lastSeenAt } });

  // The alert goes out when the crisis is found; its growth is on the timeline.
  const recipients = decision.action === 'create' ? await alertRecipients(tx) : [];
  const alerted = recipients.length
    ? await tx.notification.findMany({ where: { dedupeKey: { in: recipients.map((r) => `crisis:${crisisId}:${r}`) } }, select: { recipientId: true } })
    : [];
  const notified = recipients.filter((r) => !alerted.some((a) => a.recipientId === r));
  if (notified.length) {
    await tx.notification.createMany({
      data: notified.map((recipientId) => ({
        workspaceId, recipientId, kind: 'crisis', title: `Crisis: ${decision.title}`,
        body: `${decision.conversations} conversations on ${decision.channels} channels in ${Math.max(1, decision.minutes)} minutes.`,
        conversationId: args.conversationId, dedupeKey: `crisis:${crisisId}:${recipientId}`, createdAt: now,
      })),
      skipDuplicates: true,
    });
  }

  // The routing engineer's worker escalates (a SEV1 goes to the on-call senior).
  for (const r of raised.filter((x) => x.id !== args.conversationId)) {
    await addOutboxJob(tx, 'routing.conversation', { workspaceId, conversationId: r.id, reason: `crisis: ${decision.title}` }, {
      jobId: `route-crisis-${crisisId}-${r.id}-sev${r.severity}`,
      priority: jobPriorityForSeverity(r.severity),
    });
  }
  return { action: decision.action, crisisId, title: decision.title, summary: decision.summary, linked: link, raised, notified };
}
