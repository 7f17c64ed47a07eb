// Every person in the workspace with languages, skills, capacity and teams.
import type { SettingsCtx } from './settings-context';
import { loadMembers, type MemberView } from './team-view';

export function listMembers(ctx: Pick<SettingsCtx, 'db'>): Promise<MemberView[]> {
  return loadMembers(ctx.db);
}
