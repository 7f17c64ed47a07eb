// GET /api/v1/shifts[?membershipId=&teamId=]: working hours of the workspace.
// POST /api/v1/shifts {"membershipId","timezone","weeklyHours":[{"day":1,"start":"09:00","end":"17:00"}],
// "teamId"?,"name"?,"onCall"?} (manager+): 201 with the shift; the person's
// teams get their waiting backlog assigned.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { listShifts } from '@/lib/settings/list-shifts';
import { createShift } from '@/lib/settings/create-shift';
import { createShiftInput } from '@/lib/settings/shift-input';

export const dynamic = 'force-dynamic';

const query = z.object({ membershipId: z.string().min(1).max(64).optional(), teamId: z.string().min(1).max(64).optional() });

export const GET = withWorkspace({ auth: 'any', role: 'agent', query }, async ({ ctx, query }) => ({ shifts: await listShifts(ctx, query) }));

export const POST = withWorkspace({ auth: 'any', role: 'manager', body: createShiftInput }, async ({ ctx, body }) => Response.json(await createShift(ctx, body), { status: 201 }));
