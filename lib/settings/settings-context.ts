// What every settings use case receives: the workspace-scoped client and who
// is acting (for the audit trail), as the API and action wrappers build it.
import type { WorkspaceContext } from '@/lib/api/with-workspace';

export type SettingsCtx = Pick<WorkspaceContext, 'db' | 'workspaceId' | 'actor' | 'role'>;

export type { Tx } from '@/lib/sla/apply-sla';
