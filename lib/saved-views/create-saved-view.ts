// Save the current inbox view (its URL filters) under a name, for oneself or,
// for managers and admins, shared with the whole workspace.
import { z } from 'zod';
import { badRequest, forbidden } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { hasRole } from '@/lib/auth/roles';
import { normalizeViewQuery } from '@/lib/saved-views/saved-view-query';

export const createSavedViewInput = z
  .object({
    name: z.string().trim().min(1, 'Give the view a name').max(60),
    // The inbox URL's query string, e.g. "tag=incident&severity=1".
    query: z.string().max(500),
    shared: z.boolean().default(false),
  })
  .strict();

export type CreateSavedViewInput = z.input<typeof createSavedViewInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'actor' | 'workspaceId' | 'role'>;

export async function createSavedView(ctx: Ctx, raw: CreateSavedViewInput) {
  const input = createSavedViewInput.parse(raw);
  if (ctx.actor.type !== 'user') throw badRequest('Saved views belong to a signed-in member');
  // Shared views show up for everyone: a manager's call, like the other shared settings.
  if (input.shared && !hasRole(ctx.role, 'manager')) throw forbidden('Only managers and admins can share a view with the workspace');
  const query = normalizeViewQuery(input.query);
  return ctx.db.savedView.create({
    data: { workspaceId: ctx.workspaceId, ownerId: ctx.actor.membershipId, name: input.name, query, shared: input.shared },
    select: { id: true, name: true, query: true, shared: true },
  });
}
