// GET /api/v1/teams: every team with its assignment mode, manager,
// auto-acknowledgement and members (seat capacity, effective capacity, lead,
// open conversations).
import { withWorkspace } from '@/lib/api/with-workspace';
import { listTeams } from '@/lib/settings/list-teams';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'any', role: 'agent' }, async ({ ctx }) => ({ teams: await listTeams(ctx) }));
