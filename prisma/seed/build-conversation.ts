// One scripted conversation → every row the product would have written for
// it: the conversation, its messages, tags (and corrections), routing and
// assignment history, SLA times, the timeline and the notifications.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Provider } from '@/lib/generated/prisma/enums';
import { computePriority } from '@/lib/triage/compute-priority';
import { formatLocalTime } from './add-business-minutes';
import { buildMessages } from './build-messages';
import { computeSlaDue, pickSlaPolicy } from './compute-demo-sla';
import { uuidv7 } from './create-ids';
import { personByKey } from './demo-people';
import { TEAMS } from './demo-playbook';
import { SLA_POLICIES } from './demo-policies';
import { DemoRouter } from './route-demo-conversation';
import type { PersonKey, TagKey, TeamKey, ThreadScript } from './thread-script';
import { buildConversationNotifications } from './build-notifications';

export type BuildContext = {
  workspaceId: string;
  now: Date;
  timezone: string;
  channelIds: Map<Provider, string>;
  teamIds: Map<TeamKey, string>;
  memberIds: Map<PersonKey, string>;
  tagIds: Map<TagKey, string>;
  router: DemoRouter;
  crisis: { id: string; title: string };
};

export type ConversationRows = {
  conversation: Prisma.ConversationCreateManyInput;
  messages: Prisma.MessageCreateManyInput[];
  tagApplications: Prisma.TagApplicationCreateManyInput[];
  trainingExamples: Prisma.TrainingExampleCreateManyInput[];
  events: Prisma.ConversationEventCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  handoffs: Prisma.HandoffCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
};

const SEV3_WHY: Partial<Record<TagKey, string>> = {
  sales_lead: 'ordinary lead', technical_issue: "one customer's bug", feature_request: 'feature request',
  refund_request: 'refund request', shipping_delay: 'late parcel', incident: 'possible incident',
};

export function defaultSeverityReason(sev: number, tags: TagKey[]): string {
  if (sev === 4) return tags.includes('ugc') ? 'low: UGC, nothing to fix' : tags.length ? 'low: simple request' : 'low: simple question';
  if (sev === 3) return `normal: ${SEV3_WHY[tags[0]] ?? 'service question'}`;
  return sev === 2 ? 'high' : 'critical';
}

const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const nameOf = (p: PersonKey) => personByKey.get(p)!.name;

export function buildConversation(s: ThreadScript, contact: { contactId: string; email?: string; name: string }, ctx: BuildContext): ConversationRows {
  const { workspaceId, now } = ctx;
  const id = uuidv7(now.getTime() - s.ago * 3_600_000);
  const m = buildMessages(s, { workspaceId, conversationId: id, channelId: ctx.channelIds.get(s.ch)!, contactId: contact.contactId, contactEmail: contact.email, memberIds: ctx.memberIds, now });
  const member = (p: PersonKey | null | undefined) => (p ? ctx.memberIds.get(p)! : null);
  const firstStepBy = (p: PersonKey, after = 0) => {
    const i = s.msgs.findIndex((st, j) => st.kind !== 'in' && st.by === p && m.times[j].getTime() >= after);
    return i >= 0 ? m.times[i] : null;
  };
  const lastStep = m.times.at(-1)!;
  const triagedAt = s.untriaged ? null : plus(m.firstInbound.at, 25_000);
  const events: Prisma.ConversationEventCreateManyInput[] = [];
  const event = (kind: string, at: Date, summary: string, data: Record<string, unknown> = {}, actor?: PersonKey | null) =>
    events.push({ id: uuidv7(at.getTime()), workspaceId, conversationId: id, kind, summary, data: data as Prisma.InputJsonValue, actorId: member(actor), createdAt: at });

  // Tags, with agent corrections kept as training data.
  const tagApplications: Prisma.TagApplicationCreateManyInput[] = [];
  const trainingExamples: Prisma.TrainingExampleCreateManyInput[] = [];
  for (const [i, spec] of (triagedAt ? s.tags : []).entries()) {
    const appliedAt = spec.source === 'agent' ? firstStepBy(spec.by!) ?? plus(triagedAt!, 30 * 60_000) : plus(triagedAt!, i * 1000);
    const removedAt = spec.removedBy ? firstStepBy(spec.removedBy) ?? plus(triagedAt!, 20 * 60_000) : null;
    tagApplications.push({
      id: uuidv7(appliedAt.getTime()), workspaceId, conversationId: id, messageId: m.firstInbound.id, tagId: ctx.tagIds.get(spec.key)!,
      source: spec.source, confidence: spec.confidence, reason: spec.reason, appliedById: member(spec.by), appliedAt, removedAt, removedById: member(spec.removedBy),
    });
    const how = spec.source === 'agent' ? `agent ${nameOf(spec.by!)}` : `${spec.source}, ${spec.confidence.toFixed(2)}`;
    event('tagged', appliedAt, `tagged ${spec.key} (${how}: ${spec.reason})`, { tag: spec.key, source: spec.source, confidence: spec.confidence }, spec.by);
    if (spec.removedBy || spec.source === 'agent') {
      const by = spec.removedBy ?? spec.by!;
      if (removedAt) event('untagged', removedAt, `removed ${spec.key} (${nameOf(by)}: the model was wrong)`, { tag: spec.key }, by);
      trainingExamples.push({
        id: uuidv7((removedAt ?? appliedAt).getTime()), workspaceId, tagKey: spec.key, label: !spec.removedBy, text: m.firstInbound.text,
        language: s.lang, messageId: m.firstInbound.id, createdById: member(by), createdAt: removedAt ?? appliedAt,
      });
    }
  }
  const activeTags = s.tags.filter((t) => !t.removedBy && triagedAt).map((t) => t.key);

  const severity = triagedAt ? s.sev : 4;
  const replies = s.msgs.filter((st) => st.kind === 'out' && !st.failed);
  const lastReplier = replies.length ? (replies.at(-1) as { by: PersonKey }).by : undefined;
  const route = triagedAt ? ctx.router.route(s, activeTags, lastReplier, m.firstInbound.at) : null;
  const team = route?.team ?? null;
  const teamName = team ? TEAMS.find((t) => t.key === team)!.name : '';
  const assignments: Prisma.AssignmentCreateManyInput[] = [];
  const status = s.status ?? 'open';

  const teamId = team ? ctx.teamIds.get(team)! : null;
  const assignment = (at: Date, row: Omit<Prisma.AssignmentCreateManyInput, 'id' | 'workspaceId' | 'conversationId' | 'teamId' | 'createdAt'>) =>
    assignments.push({ id: uuidv7(at.getTime()), workspaceId, conversationId: id, teamId, createdAt: at, ...row });

  if (triagedAt && route) {
    event('severity', plus(triagedAt, 2000), `severity SEV${severity} (${s.why ?? defaultSeverityReason(severity, activeTags)})`, { severity });
    if (s.crisis) event('crisis', plus(triagedAt, 2500), `grouped into crisis "${ctx.crisis.title}"`, { crisisId: ctx.crisis.id });
    event('routed', plus(triagedAt, 3000), team ? `routed to ${teamName} (${route.teamReason})` : `not routed (${route.teamReason})`, { team });
    if (team) assignment(plus(triagedAt, 3000), { method: 'rule', reason: route.teamReason });
    if (route.assignee) {
      const manual = route.method === 'manual';
      // A manual pick happens shortly before that person's first reply.
      const firstTouch = firstStepBy(route.assignee)?.getTime() ?? triagedAt.getTime() + 120_000;
      const pickedAt = manual ? new Date(Math.max(triagedAt.getTime() + 4000, firstTouch - 60_000)) : plus(triagedAt, 4000);
      const actor = manual ? route.assignee : null;
      assignment(pickedAt, { toId: member(route.assignee), method: route.method!, reason: route.assignReason, actorId: member(actor) });
      event('assigned', pickedAt, `assigned to ${nameOf(route.assignee)} (${route.assignReason})`, { assignee: route.assignee, method: route.method }, actor);
    }
  }

  // Overnight handoff to the morning rep, shortly after the night agent's last reply.
  const handoffs: Prisma.HandoffCreateManyInput[] = [];
  let assignee = route?.assignee ?? null;
  if (s.handoff && route?.assignee) {
    const from = route.assignee; // the overnight agent
    const to = s.handoff.to;
    const lastByFrom = s.msgs.map((st) => st.kind !== 'in' && st.by === from).lastIndexOf(true);
    const at = plus(m.times[lastByFrom] ?? lastStep, 2 * 60_000);
    // Accepted a few minutes before the morning rep's first reply (or just now).
    const toFirst = firstStepBy(to, at.getTime())?.getTime() ?? now.getTime() - 15 * 60_000;
    const acceptedAt = s.handoff.accepted ? new Date(Math.max(at.getTime() + 60_000, toFirst - 5 * 60_000)) : null;
    handoffs.push({
      id: uuidv7(at.getTime()), workspaceId, conversationId: id, fromId: member(from), toId: member(to), teamId,
      note: s.handoff.note, createdAt: at, acceptedAt, acceptedById: acceptedAt ? member(to) : null,
    });
    assignment(at, { fromId: member(from), toId: member(to), method: 'handoff', reason: s.handoff.note, actorId: member(from) });
    event('handoff', at, `handed off by ${nameOf(from)} to ${nameOf(to)}: ${s.handoff.note}`, { to }, from);
    if (acceptedAt) event('handoff', acceptedAt, `handoff accepted by ${nameOf(to)}`, { accepted: true }, to);
    if (status !== 'resolved') ctx.router.transfer(from, to);
    assignee = to;
  }

  // SLA clocks start when the first message arrives.
  const policy = triagedAt && team ? pickSlaPolicy(SLA_POLICIES, severity, s.ch) : undefined;
  const due = policy ? computeSlaDue(policy, m.firstInbound.at, m.waitingSince, Boolean(m.firstResponseAt)) : null;
  let slaBreachedAt: Date | null = null;
  if (due && triagedAt) {
    event('sla', plus(triagedAt, 5000), `first response due ${formatLocalTime(due.firstResponseDueAt, ctx.timezone, now)} (${policy!.name})`, { firstResponseDueAt: due.firstResponseDueAt, policy: policy!.name });
    const answeredAt = m.firstResponseAt ?? (status === 'resolved' ? null : now);
    if (answeredAt && due.firstResponseDueAt < answeredAt) slaBreachedAt = due.firstResponseDueAt;
    else if (status !== 'resolved' && due.nextResponseDueAt && due.nextResponseDueAt < now) slaBreachedAt = due.nextResponseDueAt;
    if (slaBreachedAt) event('sla', slaBreachedAt, `${slaBreachedAt === due.firstResponseDueAt ? 'first' : 'next'} response SLA breached (was due ${formatLocalTime(slaBreachedAt, ctx.timezone, now)})`, { breached: true });
  }

  const actor = assignee ?? lastReplier ?? null;
  const resolvedAt = status === 'resolved' ? new Date(Math.min(now.getTime() - 30_000, lastStep.getTime() + 5 * 60_000)) : null;
  const snoozedUntil = status === 'snoozed' ? plus(now, (s.snooze ?? 4) * 3_600_000) : null;
  if (status === 'pending') event('status', plus(m.lastOutboundAt ?? lastStep, 1000), `status pending (${actor ? nameOf(actor) : 'system'}: waiting for the customer)`, { status }, actor);
  if (status === 'snoozed') event('status', plus(lastStep, 1000), `snoozed by ${actor ? nameOf(actor) : 'system'} until ${formatLocalTime(snoozedUntil!, ctx.timezone, now)}`, { status, snoozedUntil }, actor);
  if (status === 'resolved') event('status', resolvedAt!, `resolved by ${actor ? nameOf(actor) : 'system'}`, { status }, actor);

  const dueAt = status === 'resolved' || !due ? null : !m.firstResponseAt ? due.firstResponseDueAt : due.nextResponseDueAt ?? due.resolutionDueAt;
  const conversation: Prisma.ConversationCreateManyInput = {
    id, workspaceId, channelId: ctx.channelIds.get(s.ch)!, contactId: contact.contactId,
    subject: s.subject ?? null, threadKey: m.threadKey, status, snoozedUntil,
    teamId, assigneeId: member(assignee),
    severity, priority: computePriority({ severity, waitingSince: m.waitingSince, dueAt }, now).score,
    language: s.lang, crisisId: s.crisis ? ctx.crisis.id : null, preview: m.preview, messageCount: m.rows.length,
    lastMessageAt: m.lastMessageAt, lastInboundAt: m.lastInboundAt, lastOutboundAt: m.lastOutboundAt, waitingSince: m.waitingSince,
    firstResponseAt: m.firstResponseAt, firstResponseDueAt: due?.firstResponseDueAt ?? null, nextResponseDueAt: due?.nextResponseDueAt ?? null,
    resolutionDueAt: due?.resolutionDueAt ?? null, slaBreachedAt, resolvedAt, triagedAt,
    createdAt: m.firstInbound.at, updatedAt: resolvedAt ?? lastStep,
  };
  const notifications = buildConversationNotifications({ s, conversation, messages: m.rows, assignments, handoffs, route, contactName: contact.name, ctx });
  return { conversation, messages: m.rows, tagApplications, trainingExamples, events, assignments, handoffs, notifications };
}
