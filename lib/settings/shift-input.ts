// Input of the shift settings (API and form). weeklyHours is the engine's own
// schema (lib/shifts/weekly-hours-schema.ts): [{ day 0-6, start "HH:MM", end
// "HH:MM" }], an end before the start running past midnight.
import { z } from 'zod';
import { weeklyHours } from '@/lib/shifts/weekly-hours-schema';
import { isValidTimeZone } from '@/lib/sla/zoned-time';
import { settingsId } from './routing-rule-input';

export const timeZoneInput = z
  .string()
  .trim()
  .min(1, 'Choose a time zone')
  .max(64)
  .refine(isValidTimeZone, 'Unknown time zone; use a name such as Europe/London or America/New_York');

const hours = weeklyHours.min(1, 'Add at least one day with working hours');
const name = z.string().trim().max(80);

export const createShiftInput = z
  .object({
    membershipId: settingsId,
    // The team these hours are for; null or absent: all of the person's teams.
    teamId: settingsId.nullable().optional(),
    name: name.default(''),
    timezone: timeZoneInput,
    weeklyHours: hours,
    // On-call duty: takes SEV1 escalations during these hours.
    onCall: z.boolean().default(false),
  })
  .strict();

export const updateShiftInput = z
  .object({
    id: settingsId,
    membershipId: settingsId.optional(),
    teamId: settingsId.nullable().optional(),
    name: name.optional(),
    timezone: timeZoneInput.optional(),
    weeklyHours: hours.optional(),
    onCall: z.boolean().optional(),
  })
  .strict();

export type CreateShiftInput = z.input<typeof createShiftInput>;
export type UpdateShiftInput = z.input<typeof updateShiftInput>;
