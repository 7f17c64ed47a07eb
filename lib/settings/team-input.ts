// Input of the team and member settings (API and forms).
import { z } from 'zod';
import { autoAckSettings } from '@/lib/sla/auto-ack-settings';
import { settingsId } from './routing-rule-input';

export const assignmentModes = ['round_robin', 'least_loaded', 'manual'] as const;

const autoAck = autoAckSettings.superRefine((a, ctx) => {
  if (a.enabled && !a.message && !a.outOfHoursMessage) {
    ctx.addIssue({ code: 'custom', path: ['message'], message: 'Write the acknowledgement to send, or turn it off' });
  }
});

export const updateTeamInput = z
  .object({
    id: settingsId,
    name: z.string().trim().min(1, 'Give the team a name').max(80).optional(),
    description: z.string().trim().max(500).optional(),
    assignmentMode: z.enum(assignmentModes).optional(),
    // The person told about SLA breaches and handoffs nobody accepted; null for none.
    managerId: settingsId.nullable().optional(),
    // Stored in Team.settings; null removes the team's own auto-acknowledgement.
    settings: z.object({ autoAck: autoAck.nullable() }).strict().optional(),
  })
  .strict();

// Open conversations a person may hold: 0 pauses new assignments.
export const capacityInput = z.number({ error: 'capacity is a whole number' }).int('capacity is a whole number').min(0, 'capacity cannot be negative').max(500, 'capacity is at most 500');

// PUT /teams/:id/members/:membershipId: add the person to the team or change
// their seat. capacity null: their default capacity applies.
export const setTeamMemberInput = z
  .object({
    teamId: settingsId,
    membershipId: settingsId,
    capacity: capacityInput.nullable().optional(),
    isLead: z.boolean().optional(),
  })
  .strict();

export const removeTeamMemberInput = z.object({ teamId: settingsId, membershipId: settingsId }).strict();

const language = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'use a language code such as en, ro, zh-Hant or pt-BR');
const skill = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'skills are short words: letters, digits, - and _');

export const updateMemberInput = z
  .object({
    id: settingsId,
    title: z.string().trim().max(80).nullable().optional(),
    languages: z.array(language).max(20).optional(),
    skills: z.array(skill).max(30).optional(),
    capacity: capacityInput.optional(),
    isSenior: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict();

export type UpdateTeamInput = z.input<typeof updateTeamInput>;
export type SetTeamMemberInput = z.input<typeof setTeamMemberInput>;
export type RemoveTeamMemberInput = z.input<typeof removeTeamMemberInput>;
export type UpdateMemberInput = z.input<typeof updateMemberInput>;
