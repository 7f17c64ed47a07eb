// The apply step of crisis detection, in its own transaction right after an
// incident report is triaged (run-triage.ts): reads the recent incident reports and active crises, asks
// detectCrisis (pure) and writes its answer — the Crisis row (created or
// extended, never duplicated), the conversations linked to it, their severity
// raised (never an agent's choice), timeline events, one alert per crisis and
// recipient for the incident team and its manager (the dedupe key stops alert
// storms), and a routing job for every conversation whose severity rose.
//
// Reports are judged one at a time per workspace (an advisory lock held to the
// end of the transaction, and taken first), so two cannot both create "the"
// crisis. It runs after the report's triage committed, so it sees that report
// and every one committed before; of reports triaged at the same moment, the
// last one's check sees them all.
import type { ScopedDb } from '@/lib/tenancy';
import { addOutboxJob } from '@/lib/queue/add-outbox-job';
import { jobPriorityForSeverity } from '@/lib/queue/registry';
import { conversationPriority, type PriorityFields } from './conversation-priority';
import { CRISIS_RULES, detectCrisis } from './detect-crisis';
import { loadActiveCrises, loadCandidates } from './load-crisis-state';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

const MIN = 60_000;

export type CrisisOutcome =
  | { action: 'none'; reason: string }
  | { action: 'create' | 'extend'; crisisId: string; title: string; summary: string; linked: string[]; raised: { id: string; severity: number }[]; notified: string[] };

async function lockCrisisDetection(tx: Tx, workspaceId: string): Promise<void> {
  const key = `crisis:${workspaceId}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
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

type Runner = Pick<Tx, '$queryRaw'>;

// The cheap precondition: fewer recent incident reports than a crisis needs and
// no active crisis → { action: 'none' } without further reads; null when the
// full check must run. run-triage asks this first WITHOUT the workspace's crisis
// lock (no transaction, one round trip): a read of what is committed is what the
// check would see had it run before the one holding the lock (whose writes are
// not committed yet), so the answer is one the serialised checks could give;
// applyCrisis asks again under the lock.
export async function reportIsAlone(runner: Runner, args: { workspaceId: string; incidentTagId: string; now: Date }): Promise<CrisisOutcome | null> {
  const { workspaceId, now } = args;
  const [quick] = await runner.$queryRaw<{ recent: number; active: boolean }[]>`
    SELECT (SELECT count(DISTINCT "conversationId")::int FROM "TagApplication"
            WHERE "workspaceId" = ${workspaceId} AND "tagId" = ${args.incidentTagId} AND "removedAt" IS NULL
              AND "appliedAt" >= ${new Date(now.getTime() - CRISIS_RULES.windowMinutes * MIN)}) AS recent,
           EXISTS (SELECT 1 FROM "Crisis" WHERE "workspaceId" = ${workspaceId} AND status = 'active'
                     AND "lastSeenAt" >= ${new Date(now.getTime() - CRISIS_RULES.extendMinutes * MIN)}) AS active`;
  if (quick && !quick.active && quick.recent + 1 < CRISIS_RULES.minConversations) {
    return { action: 'none', reason: `${quick.recent} incident report(s) in ${CRISIS_RULES.windowMinutes} min and no active crisis` };
  }
  return null;
}

export async function applyCrisis(
  tx: Tx,
  args: { workspaceId: string; conversationId: string; incidentTagId: string; workspaceName: string; now: Date },
): Promise<CrisisOutcome> {
  const { workspaceId, now } = args;
  await lockCrisisDetection(tx, workspaceId);
  // Most incident reports are alone: with too few recent ones to make a crisis and
  // none active to join, one cheap query settles it.
  const alone = await reportIsAlone(tx, args);
  if (alone) return alone;
  const candidates = await loadCandidates(tx, workspaceId, args.conversationId, args.incidentTagId, now);
  const crises = await loadActiveCrises(tx, workspaceId, now);
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
  // Link (locking the rows, in id order), then lock the members below the
  // crisis' severity; the lock re-checks them, so one an agent just set by hand
  // drops out.
  const link = decision.link;
  if (link.length) {
    await tx.$executeRaw`
      UPDATE "Conversation" SET "crisisId" = ${crisisId}, "updatedAt" = ${now}
      WHERE id IN (SELECT id FROM "Conversation" WHERE id = ANY(${link}) AND "workspaceId" = ${workspaceId} ORDER BY id FOR UPDATE)`;
  }
  const members = await tx.$queryRaw<(PriorityFields & { id: string })[]>`
    SELECT id, severity, "waitingSince", "firstResponseAt", "firstResponseDueAt", "nextResponseDueAt"
    FROM "Conversation"
    WHERE "workspaceId" = ${workspaceId} AND "crisisId" = ${crisisId} AND severity > ${decision.severity} AND "severitySetBy" IS NULL
    ORDER BY id FOR UPDATE`;
  const raised: { id: string; severity: number }[] = [];
  let at = now.getTime();
  const events: { conversationId: string; kind: string; summary: string; data: object; createdAt: Date }[] = [];
  for (const id of link) {
    events.push({ conversationId: id, kind: 'crisis', summary: decision.summary, data: { crisisId, title: decision.title, conversations: decision.conversations, channels: decision.channels }, createdAt: new Date(at++) });
  }
  for (const c of members) {
    const priority = conversationPriority(c, decision.severity, now).score;
    await tx.conversation.update({ where: { id: c.id }, data: { severity: decision.severity, priority } });
    raised.push({ id: c.id, severity: decision.severity });
    events.push({
      conversationId: c.id, kind: 'severity', summary: `severity SEV${decision.severity} (${decision.severityReason})`,
      data: { severity: decision.severity, from: c.severity, setBy: 'crisis', crisisId }, createdAt: new Date(at++),
    });
  }
  if (events.length) await tx.conversationEvent.createMany({ data: events.map((e) => ({ ...e, workspaceId })) });

  // Counted again rather than incremented: running the check twice changes nothing.
  await tx.$executeRaw`
    UPDATE "Crisis" SET "startedAt" = ${decision.startedAt}, "lastSeenAt" = ${decision.lastSeenAt},
      "messageCount" = (SELECT count(*) FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
                        WHERE c."crisisId" = ${crisisId} AND m.direction = 'in' AND m."createdAt" >= ${decision.startedAt})
    WHERE id = ${crisisId} AND "workspaceId" = ${workspaceId}`;

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

  // Routing looks again at every conversation that became more urgent (a SEV1
  // goes to the on-call senior at once).
  for (const r of raised) {
    await addOutboxJob(tx, 'routing.conversation', { workspaceId, conversationId: r.id, reason: `crisis: ${decision.title}` }, {
      jobId: `route-crisis-${crisisId}-${r.id}-sev${r.severity}`,
      priority: jobPriorityForSeverity(r.severity),
    });
  }
  return { action: decision.action, crisisId, title: decision.title, summary: decision.summary, linked: link, raised, notified };
}
