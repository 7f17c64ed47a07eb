// Every team with its members and their capacities.
import type { SettingsCtx } from './settings-context';
import { loadTeams, type TeamView } from './team-view';

export function listTeams(ctx: Pick<SettingsCtx, 'db'>): Promise<TeamView[]> {
  return loadTeams(ctx.db);
}
