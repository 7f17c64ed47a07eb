// PATCH /api/v1/members/:id {"title"?,"languages"?,"skills"?,"capacity"?,"isSenior"?,"active"?}
// (manager+). Raising the capacity or activating lets the person's teams
// assign waiting work; deactivating puts their open conversations back in the
// team queues.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { updateMember } from '@/lib/settings/update-member';
import { updateMemberInput } from '@/lib/settings/team-input';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = withWorkspace({ auth: 'any', role: 'manager', params, body: updateMemberInput.omit({ id: true }) }, ({ ctx, params, body }) =>
  updateMember(ctx, { ...body, id: params.id }),
);
