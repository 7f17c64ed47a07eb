// The before/after summary an audit entry keeps for a settings change: only
// the fields that changed, each as { from, to }. Pure.
export type Changes = Record<string, { from: unknown; to: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function describeChanges<T extends object>(before: T, after: T, keys: readonly (keyof T & string)[]): Changes {
  const out: Changes = {};
  for (const k of keys) if (!same(before[k], after[k])) out[k] = { from: before[k] ?? null, to: after[k] ?? null };
  return out;
}
