// The priority score of a conversation row: computePriority with the nearest SLA
// deadline still ahead of us (first response until we answered, then the next
// response). Used wherever severity changes: triage, crisis, an agent's choice.
import { computePriority, type Priority } from './compute-priority';

export type PriorityFields = {
  severity: number;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
};

// Selects exactly what conversationPriority needs.
export const priorityFieldsSelect = { severity: true, waitingSince: true, firstResponseAt: true, firstResponseDueAt: true, nextResponseDueAt: true } as const;

export function nearestDueAt(c: Omit<PriorityFields, 'severity' | 'waitingSince'>): Date | null {
  const due = [c.firstResponseAt ? null : c.firstResponseDueAt, c.nextResponseDueAt].filter((d): d is Date => d instanceof Date);
  return due.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
}

export function conversationPriority(c: PriorityFields, severity: number = c.severity, now: Date = new Date()): Priority {
  return computePriority({ severity, waitingSince: c.waitingSince, dueAt: nearestDueAt(c) }, now);
}
