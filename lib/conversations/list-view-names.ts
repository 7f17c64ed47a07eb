// The names the command palette needs to offer every inbox view: teams and
// tags (key for the URL, name to read) and the providers the workspace has
// channels on (the views pane only lists those). Names only, no counts: the
// palette asks once per page load and must answer fast.
import type { ScopedDb } from '@/lib/tenancy';

export async function listViewNames(ctx: { db: ScopedDb }) {
  const [teams, tags, channels] = await Promise.all([
    ctx.db.team.findMany({ orderBy: { name: 'asc' }, select: { key: true, name: true } }),
    ctx.db.tag.findMany({ orderBy: { name: 'asc' }, select: { key: true, name: true } }),
    ctx.db.channel.findMany({ select: { provider: true } }),
  ]);
  const providers = [...new Set(channels.map((c) => c.provider as string))].sort();
  return { teams, tags, providers };
}
