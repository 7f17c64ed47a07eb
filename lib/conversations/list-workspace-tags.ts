// The workspace's tags for the tag picker, defaults first then by name, with
// what each means (the playbook's description) for the hover text.
import type { ScopedDb } from '@/lib/tenancy';

export type WorkspaceTag = { key: string; name: string; color: string; description: string };

export async function listWorkspaceTags(ctx: { db: ScopedDb }): Promise<WorkspaceTag[]> {
  return ctx.db.tag.findMany({
    orderBy: [{ isDefault: 'desc' }, { name: 'asc' }],
    select: { key: true, name: true, color: true, description: true },
  });
}
