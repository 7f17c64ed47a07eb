// A shift as the API and the settings pages show it, and the check that the
// person and team it names belong to this workspace.
import type { WeeklyHours } from '@/lib/shifts/weekly-hours-schema';
import { invalidFields, type FieldIssue } from './field-error';
import type { Tx } from './settings-context';

export type ShiftView = {
  id: string;
  membershipId: string;
  member: { id: string; name: string };
  teamId: string | null;
  team: { id: string; key: string; name: string } | null;
  name: string;
  timezone: string;
  weeklyHours: WeeklyHours;
  onCall: boolean;
  createdAt: Date;
};

export const shiftInclude = { membership: { select: { id: true, user: { select: { name: true } } } }, team: { select: { id: true, key: true, name: true } } } as const;

type Row = {
  id: string;
  membershipId: string;
  teamId: string | null;
  name: string;
  timezone: string;
  weeklyHours: unknown;
  onCall: boolean;
  createdAt: Date;
  membership: { id: string; user: { name: string } };
  team: { id: string; key: string; name: string } | null;
};

export function shiftView(s: Row): ShiftView {
  return {
    id: s.id,
    membershipId: s.membershipId,
    member: { id: s.membership.id, name: s.membership.user.name },
    teamId: s.teamId,
    team: s.team,
    name: s.name,
    timezone: s.timezone,
    weeklyHours: (Array.isArray(s.weeklyHours) ? s.weeklyHours : []) as WeeklyHours,
    onCall: s.onCall,
    createdAt: s.createdAt,
  };
}

export const SHIFT_FIELDS = ['membershipId', 'teamId', 'name', 'timezone', 'weeklyHours', 'onCall'] as const;

export async function checkShiftRefs(tx: Tx, refs: { membershipId?: string; teamId?: string | null }): Promise<void> {
  const issues: FieldIssue[] = [];
  if (refs.membershipId) {
    const m = await tx.membership.findFirst({ where: { id: refs.membershipId }, select: { id: true } });
    if (!m) issues.push({ path: 'membershipId', message: `No member with id "${refs.membershipId}" in this workspace` });
  }
  if (refs.teamId) {
    const t = await tx.team.findFirst({ where: { id: refs.teamId }, select: { id: true } });
    if (!t) issues.push({ path: 'teamId', message: `No team with id "${refs.teamId}" in this workspace` });
  }
  if (issues.length) throw invalidFields(issues);
}

// The teams whose backlog a change to this person's hours may unblock.
export async function teamsOfMember(tx: Tx, membershipId: string): Promise<string[]> {
  return (await tx.teamMember.findMany({ where: { membershipId }, select: { teamId: true } })).map((t) => t.teamId);
}
