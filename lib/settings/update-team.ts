// A manager changes how a team works: name, description, assignment mode
// (round robin, least loaded, manual), its manager and its auto-acknowledgement
// templates (Team.settings.autoAck; other keys in settings are kept). Leaving
// manual mode lets the team's waiting backlog be assigned.
import { notFound } from '@/lib/api/errors';
import { invalidField } from './field-error';
import { updateTeamInput, type UpdateTeamInput } from './team-input';
import { loadTeams, type TeamView } from './team-view';
import { describeChanges } from './describe-changes';
import { enqueueTeamBacklogs } from './enqueue-team-backlogs';
import type { SettingsCtx } from './settings-context';
import { writeAuditEvent } from './write-audit-event';

export async function updateTeam(ctx: SettingsCtx, raw: UpdateTeamInput): Promise<TeamView> {
  const { id, settings, ...fields } = updateTeamInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.team.findUnique({ where: { id } });
    if (!existing) throw notFound('Team');
    if (fields.managerId) {
      const m = await tx.membership.findFirst({ where: { id: fields.managerId }, select: { active: true } });
      if (!m) throw invalidField('managerId', `No member with id "${fields.managerId}" in this workspace`);
      if (!m.active) throw invalidField('managerId', 'This member is deactivated');
    }
    const stored = (existing.settings && typeof existing.settings === 'object' ? existing.settings : {}) as Record<string, unknown>;
    let nextSettings = stored;
    if (settings) {
      const { autoAck: _old, ...rest } = stored;
      nextSettings = settings.autoAck ? { ...rest, autoAck: settings.autoAck } : rest;
    }
    const row = await tx.team.update({ where: { id }, data: { ...fields, ...(settings ? { settings: nextSettings as object } : {}) } });
    const pick = (t: typeof row) => ({ name: t.name, description: t.description, assignmentMode: t.assignmentMode, managerId: t.managerId, autoAck: (t.settings as { autoAck?: unknown })?.autoAck ?? null });
    const changes = describeChanges(pick(existing), pick(row), ['name', 'description', 'assignmentMode', 'managerId', 'autoAck']);
    if (Object.keys(changes).length) {
      const audit = await writeAuditEvent(tx, ctx, { action: 'team.update', targetType: 'team', targetId: id, data: { team: row.name, changes } });
      if (existing.assignmentMode === 'manual' && row.assignmentMode !== 'manual') await enqueueTeamBacklogs(tx, ctx.workspaceId, [id], audit.id);
    }
    const [view] = await loadTeams(tx, { id });
    return view;
  });
}
