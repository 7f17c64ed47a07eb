// What a person starting a shift should look at first, as a pure function:
// handoffs waiting for them, new leads since their last shift, open
// incidents, and conversations close to (or past) their SLA.
import { formatLocalTime } from '@/lib/sla/zoned-time';

export type DigestConversation = { id: string; contactName: string; subject: string | null; preview: string; severity: number; createdAt: Date; dueAt?: Date | null };
export type DigestHandoff = { id: string; note: string; fromName: string | null; conversation: DigestConversation };

export type ShiftDigestInput = {
  personName: string;
  timezone: string;
  shiftStart: Date;
  since: Date;
  handoffs: DigestHandoff[];
  newLeads: DigestConversation[];
  openIncidents: DigestConversation[];
  nearSla: DigestConversation[];
  now: Date;
};

export type ShiftDigest = {
  empty: boolean;
  title: string;
  body: string;
  counts: { handoffs: number; newLeads: number; openIncidents: number; nearSla: number };
};

const LISTED = 5;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const line = (c: DigestConversation) => `${c.contactName}: ${(c.subject || c.preview).replace(/\s+/g, ' ').slice(0, 100)}`;

export function buildShiftDigest(input: ShiftDigestInput): ShiftDigest {
  const counts = { handoffs: input.handoffs.length, newLeads: input.newLeads.length, openIncidents: input.openIncidents.length, nearSla: input.nearSla.length };
  const parts = [
    counts.handoffs && plural(counts.handoffs, 'handoff'),
    counts.newLeads && plural(counts.newLeads, 'new lead'),
    counts.openIncidents && plural(counts.openIncidents, 'open incident'),
    counts.nearSla && `${plural(counts.nearSla, 'conversation')} near their SLA`,
  ].filter(Boolean) as string[];
  const empty = parts.length === 0;
  const tz = input.timezone;
  const sections: string[] = [];
  const section = <T>(title: string, items: T[], render: (x: T) => string) => {
    if (!items.length) return;
    const rows = items.slice(0, LISTED).map((x) => `• ${render(x)}`);
    if (items.length > LISTED) rows.push(`… and ${items.length - LISTED} more`);
    sections.push(`${title}\n${rows.join('\n')}`);
  };
  // Sorted by what needs doing first within each section.
  section('Handoffs waiting for you', [...input.handoffs].sort((a, b) => a.conversation.createdAt.getTime() - b.conversation.createdAt.getTime()), (h) =>
    `${line(h.conversation)}${h.fromName ? ` (from ${h.fromName})` : ''}${h.note ? ` — ${h.note}` : ''}`,
  );
  section(`New leads since ${formatLocalTime(input.since, tz, input.now)}`, [...input.newLeads].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()), line);
  section('Open incidents', [...input.openIncidents].sort((a, b) => a.severity - b.severity || a.createdAt.getTime() - b.createdAt.getTime()), (c) => `SEV${c.severity} ${line(c)}`);
  section('Near their SLA', [...input.nearSla].sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0)), (c) => {
    const due = c.dueAt ? (c.dueAt.getTime() <= input.now.getTime() ? `overdue since ${formatLocalTime(c.dueAt, tz, input.now)}` : `due ${formatLocalTime(c.dueAt, tz, input.now)}`) : '';
    return `${line(c)}${due ? ` (${due})` : ''}`;
  });
  const firstName = input.personName.trim().split(/\s+/)[0];
  return {
    empty,
    title: empty ? `Good shift, ${firstName}: nothing waiting` : `Start of shift: ${parts.join(', ')}`,
    body: sections.join('\n\n'),
    counts,
  };
}
