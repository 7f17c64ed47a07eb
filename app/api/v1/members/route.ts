// GET /api/v1/members (manager+): every person with role, languages, skills,
// default capacity, seniority, active flag, teams and open conversations.
import { withWorkspace } from '@/lib/api/with-workspace';
import { listMembers } from '@/lib/settings/list-members';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'any', role: 'manager' }, async ({ ctx }) => ({ members: await listMembers(ctx) }));
