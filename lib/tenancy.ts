// The one place that scopes data access to a workspace. Every lib function
// that touches tenant data takes a workspace-scoped client from here (the API
// and action wrappers build it from the session or API key). Reads and writes
// through it only ever see and touch rows of that workspace: an id from
// another workspace simply is not found (404), never another tenant's row.
//
// Convention: write with scalar foreign keys (`conversationId: x`), not nested
// `connect`, and create child rows through the scoped client, not nested
// `create`, so that every new row gets this workspace's id.
import { db } from '@/lib/db';

// Models that carry workspaceId directly.
const TENANT_MODELS = new Set([
  'Membership', 'Team', 'Shift', 'Channel', 'Contact', 'ContactIdentity', 'Conversation', 'Message',
  'Tag', 'TagApplication', 'TagRule', 'TrainingExample', 'Assignment', 'Handoff', 'SavedReply',
  'SlaPolicy', 'RoutingRule', 'AuditEvent', 'ConversationEvent', 'Outbox', 'ApiKey', 'Notification',
  'Crisis', 'SavedView',
]);

const UNIQUE_OPS = new Set(['findUnique', 'findUniqueOrThrow', 'update', 'delete', 'upsert']);
const FILTER_OPS = new Set([
  'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy',
  'updateMany', 'updateManyAndReturn', 'deleteMany',
]);

type Args = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown; create?: Record<string, unknown>; update?: unknown };

// The scoping rule for one model, as a where-fragment.
function scopeFor(model: string, workspaceId: string): Record<string, unknown> | null {
  if (TENANT_MODELS.has(model)) return { workspaceId };
  if (model === 'TeamMember') return { team: { workspaceId } };
  if (model === 'Workspace') return { id: workspaceId };
  return null; // User: global; reached through Membership.
}

export function scopeArgs(model: string, operation: string, args: Args, workspaceId: string): Args {
  const scope = scopeFor(model, workspaceId);
  if (!scope) return args;
  const next: Args = { ...args };
  if (UNIQUE_OPS.has(operation)) next.where = { ...(args.where ?? {}), ...scope };
  else if (FILTER_OPS.has(operation)) next.where = args.where ? { AND: [args.where, scope] } : scope;

  if (TENANT_MODELS.has(model)) {
    // A row never moves to another workspace: updates drop any workspaceId.
    if (['update', 'updateMany', 'updateManyAndReturn'].includes(operation)) next.data = withoutWorkspaceId(args.data);
    if (operation === 'upsert') next.update = withoutWorkspaceId(args.update);
    if (operation === 'create') next.data = { ...(args.data as object), workspaceId };
    if (operation === 'createMany' || operation === 'createManyAndReturn') {
      const rows = Array.isArray(args.data) ? args.data : [args.data];
      next.data = rows.map((r) => ({ ...(r as object), workspaceId }));
    }
    if (operation === 'upsert') next.create = { ...(args.create ?? {}), workspaceId };
  } else if (operation === 'create' || operation === 'createMany' || operation === 'upsert') {
    if (model === 'Workspace') throw new Error('A workspace-scoped client cannot create workspaces');
  }
  return next;
}

function withoutWorkspaceId(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const { workspaceId: _dropped, ...rest } = data as Record<string, unknown>;
  return rest;
}

function makeScoped(workspaceId: string) {
  return db.$extends({
    name: 'tenancy',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model, operation, args as Args, workspaceId) as typeof args);
        },
      },
    },
  });
}

export type ScopedDb = ReturnType<typeof makeScoped>;

// Extended clients are cheap but not free; keep the recently used ones.
const cache = new Map<string, ScopedDb>();
const CACHE_MAX = 500;

export function scopedDb(workspaceId: string): ScopedDb {
  if (!workspaceId) throw new Error('scopedDb needs a workspaceId');
  let c = cache.get(workspaceId);
  if (c) {
    cache.delete(workspaceId);
    cache.set(workspaceId, c);
    return c;
  }
  c = makeScoped(workspaceId);
  cache.set(workspaceId, c);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
  return c;
}
