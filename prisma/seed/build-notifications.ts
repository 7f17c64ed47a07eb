// The notifications a conversation would have produced: @mentions in notes,
// new assignments, handoffs, SEV1 escalations, SLA warnings and breaches.
// Older ones are read; this morning's are not.
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatLocalTime } from './add-business-minutes';
import type { BuildContext } from './build-conversation';
import { uuidv7 } from './create-ids';
import { PEOPLE, personByKey } from './demo-people';
import { TEAMS } from './demo-playbook';
import type { Route } from './route-demo-conversation';
import type { ThreadScript } from './thread-script';

type Input = {
  s: ThreadScript;
  conversation: Prisma.ConversationCreateManyInput;
  messages: Prisma.MessageCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  handoffs: Prisma.HandoffCreateManyInput[];
  route: Route | null;
  contactName: string;
  ctx: BuildContext;
};

// Everyone a note mentions by "@First" (or "@First Last").
export function mentionedPeople(text: string) {
  return PEOPLE.filter((p) => text.includes(`@${p.name.split(' ')[0]}`));
}

export function buildConversationNotifications({ s, conversation: c, messages, assignments, handoffs, route, contactName, ctx }: Input): Prisma.NotificationCreateManyInput[] {
  const { now, workspaceId } = ctx;
  const out: Prisma.NotificationCreateManyInput[] = [];
  const hoursAgo = (d: Date) => (now.getTime() - d.getTime()) / 3_600_000;
  // Read when older than a few hours, so the bell shows this morning's.
  const readIf = (at: Date, hours = 3) => (hoursAgo(at) > hours ? new Date(at.getTime() + 20 * 60_000) : null);
  const add = (recipientId: string, kind: string, at: Date, title: string, body: string, dedupeKey: string, readAt = readIf(at)) =>
    out.push({ id: uuidv7(at.getTime()), workspaceId, recipientId, kind, title, body, conversationId: c.id, dedupeKey, createdAt: at, readAt });

  for (const note of messages.filter((msg) => msg.direction === 'note')) {
    for (const p of mentionedPeople(note.text ?? '')) {
      if (ctx.memberIds.get(p.key) === note.authorId) continue;
      const author = PEOPLE.find((x) => ctx.memberIds.get(x.key) === note.authorId)!;
      add(ctx.memberIds.get(p.key)!, 'mention', note.sentAt as Date, `${author.name} mentioned you: ${contactName}`, note.text ?? '', `mention:${note.id}:${p.key}`);
    }
  }

  const open = c.status !== 'resolved';
  const assigned = assignments.find((a) => a.toId && a.method !== 'handoff');
  if (open && assigned && route?.method !== 'escalation' && hoursAgo(assigned.createdAt as Date) < 36) {
    add(assigned.toId!, 'assignment', assigned.createdAt as Date, `Assigned to you: ${contactName}`, c.preview ?? '', `assignment:${c.id}:${assigned.toId}`);
  }
  if (route?.method === 'escalation' && assigned) {
    add(assigned.toId!, 'escalation', assigned.createdAt as Date, `SEV1 escalated to you: ${contactName}`, s.why ?? c.preview ?? '', `escalation:${c.id}`, readIf(assigned.createdAt as Date, 1));
  }
  for (const h of handoffs) {
    const from = PEOPLE.find((p) => ctx.memberIds.get(p.key) === h.fromId)!;
    add(h.toId!, 'handoff', h.createdAt as Date, `Handoff from ${from.name}: ${contactName}`, h.note ?? '', `handoff:${h.id}`, (h.acceptedAt as Date | null) ?? null);
  }

  // Warn the assignee about the next deadline in the coming hours.
  const [label, due] = !c.firstResponseAt
    ? ['First response', c.firstResponseDueAt as Date | null]
    : c.nextResponseDueAt ? ['Reply', c.nextResponseDueAt as Date] : ['Resolution', c.resolutionDueAt as Date | null];
  if (open && c.status !== 'snoozed' && due && c.assigneeId && due > now && due.getTime() - now.getTime() < 4 * 3_600_000) {
    const at = new Date(now.getTime() - 5 * 60_000);
    add(c.assigneeId, 'sla_warning', at, `${label} due ${formatLocalTime(due, ctx.timezone, now)}: ${contactName}`, c.preview ?? '', `sla_warning:${c.id}`, null);
  }
  const breached = c.slaBreachedAt as Date | null;
  if (open && breached && (c.severity ?? 4) <= 2 && route?.team) {
    const manager = personByKey.get(TEAMS.find((t) => t.key === route.team)!.manager)!;
    add(ctx.memberIds.get(manager.key)!, 'sla_breach', breached, `SLA breached (SEV${c.severity}): ${contactName}`, c.preview ?? '', `sla_breach:${c.id}`);
  }
  return out;
}
