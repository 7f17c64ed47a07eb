// SLA due times for a conversation, as a pure function: first response (from
// when it opened, until we first answer), next response (after the customer
// wrote again once we had answered) and resolution (from when it opened or
// was last reopened). Business-hours policies count only their weekly hours
// in their own time zone. Each target also gets a warning time: 15 minutes
// before the deadline, or a fifth of the target when that is shorter (3 min
// before a 15-minute SEV1 target), counted the same way as the target.
import { z } from 'zod';
import { addBusinessMinutes, type BusinessHours } from './add-business-minutes';
import type { SlaPolicyLike } from './pick-sla-policy';
import { weeklyHours } from '@/lib/shifts/weekly-hours-schema';
import { isValidTimeZone } from './zoned-time';

export type SlaTarget = 'first_response' | 'next_response' | 'resolution';
export const SLA_TARGET_LABEL: Record<SlaTarget, string> = { first_response: 'first response', next_response: 'next response', resolution: 'resolution' };

export type SlaFacts = {
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  createdAt: Date;
  // When the current open stretch began after a reopen (null: never reopened).
  reopenedAt?: Date | null;
  firstResponseAt: Date | null;
  waitingSince: Date | null;
};

export type TargetDue = { target: SlaTarget; startAt: Date; dueAt: Date; warnAt: Date; minutes: number; pending: boolean };

export type SlaDue = {
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  targets: TargetDue[];
  businessHours: BusinessHours | null;
};

export const WARN_LEAD_MINUTES = 15;

// SlaPolicy.businessHours, for the settings pages and the API as well.
export const businessHoursSchema = z.object({ timezone: z.string().refine(isValidTimeZone, 'unknown time zone'), days: weeklyHours });

// The policy's business hours, or null to count calendar time (also when the
// stored hours are malformed: a wrong schedule must not stop the clock).
export function policyBusinessHours(policy: Pick<SlaPolicyLike, 'businessHoursOnly' | 'businessHours'>): BusinessHours | null {
  if (!policy.businessHoursOnly) return null;
  const r = businessHoursSchema.safeParse(policy.businessHours);
  return r.success && r.data.days.length ? r.data : null;
}

export function computeSlaDue(policy: SlaPolicyLike, facts: SlaFacts): SlaDue {
  const hours = policyBusinessHours(policy);
  const add = (from: Date, minutes: number) => (hours ? addBusinessMinutes(from, minutes, hours) : new Date(from.getTime() + minutes * 60_000));
  const open = facts.status !== 'resolved';
  const targets: TargetDue[] = [];
  const target = (t: SlaTarget, startAt: Date, minutes: number, pending: boolean): TargetDue => {
    const lead = Math.min(WARN_LEAD_MINUTES, Math.max(1, Math.round(minutes / 5)));
    const due: TargetDue = { target: t, startAt, minutes, dueAt: add(startAt, minutes), warnAt: add(startAt, Math.max(0, minutes - lead)), pending };
    targets.push(due);
    return due;
  };

  const first = target('first_response', facts.createdAt, policy.firstResponseMinutes, open && !facts.firstResponseAt);
  const next =
    facts.firstResponseAt && facts.waitingSince && policy.nextResponseMinutes
      ? target('next_response', facts.waitingSince, policy.nextResponseMinutes, open)
      : null;
  const resolution = policy.resolutionMinutes ? target('resolution', facts.reopenedAt ?? facts.createdAt, policy.resolutionMinutes, open) : null;
  return {
    firstResponseDueAt: first.dueAt,
    nextResponseDueAt: next?.dueAt ?? null,
    resolutionDueAt: resolution?.dueAt ?? null,
    targets,
    businessHours: hours,
  };
}
