// Shift.weeklyHours: when a person works, in the shift's own time zone.
// day 0 = Sunday .. 6 = Saturday; an end before the start runs past midnight
// (22:00–06:00 is an overnight shift starting on `day`).
import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');

export const weeklyHoursEntry = z.object({ day: z.number().int().min(0).max(6), start: hhmm, end: hhmm }).strict();
export const weeklyHours = z.array(weeklyHoursEntry).max(50);

export type WeeklyHours = z.infer<typeof weeklyHours>;
