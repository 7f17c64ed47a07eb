// SLA due times for a demo conversation, from the policies in demo-policies.
// The most specific enabled policy wins: severity + channel, then severity.
import type { Provider } from '@/lib/generated/prisma/enums';
import { addBusinessMinutes } from './add-business-minutes';
import { BUSINESS_HOURS, type DemoSlaPolicy } from './demo-policies';

export function pickSlaPolicy(policies: DemoSlaPolicy[], severity: number, provider: Provider): DemoSlaPolicy | undefined {
  const matching = policies.filter((p) => (p.severity === null || p.severity === severity) && (p.provider === null || p.provider === provider));
  const specificity = (p: DemoSlaPolicy) => (p.provider ? 2 : 0) + (p.severity !== null ? 1 : 0);
  return matching.sort((a, b) => specificity(b) - specificity(a))[0];
}

export type SlaDue = { firstResponseDueAt: Date; nextResponseDueAt: Date | null; resolutionDueAt: Date | null };

export function computeSlaDue(policy: DemoSlaPolicy, opened: Date, waitingSince: Date | null, answered: boolean): SlaDue {
  const add = (from: Date, minutes: number) =>
    policy.businessHoursOnly ? addBusinessMinutes(from, minutes, BUSINESS_HOURS) : new Date(from.getTime() + minutes * 60_000);
  return {
    firstResponseDueAt: add(opened, policy.firstResponseMinutes),
    // Only once we have answered and the customer wrote again.
    nextResponseDueAt: answered && waitingSince && policy.nextResponseMinutes ? add(waitingSince, policy.nextResponseMinutes) : null,
    resolutionDueAt: policy.resolutionMinutes ? add(opened, policy.resolutionMinutes) : null,
  };
}
