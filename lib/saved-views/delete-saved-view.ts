// Delete a saved view: one's own, or (managers and admins) a shared one.
// Someone else's private view, or another workspace's, is "not found".
import { z } from 'zod';
import { forbidden, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { hasRole } from '@/lib/auth/roles';

export const deleteSavedViewInput = z.object({ id: z.string().trim().min(1).max(64) }).strict();

type Ctx = Pick<WorkspaceContext, 'db' | 'actor' | 'workspaceId' | 'role'>;

export async function deleteSavedView(ctx: Ctx, input: z.infer<typeof deleteSavedViewInput>) {
  const me = ctx.actor.type === 'user' ? ctx.actor.membershipId : null;
  const view = await ctx.db.savedView.findFirst({ where: { id: input.id }, select: { id: true, ownerId: true, shared: true } });
  const visible = view && (view.shared || (me !== null && view.ownerId === me));
  if (!view || !visible) throw notFound('Saved view');
  const own = me !== null && view.ownerId === me;
  if (!own && !hasRole(ctx.role, 'manager')) throw forbidden('Only managers and admins can delete a shared view of someone else');
  await ctx.db.savedView.deleteMany({ where: { id: view.id } });
  return { id: view.id };
}
