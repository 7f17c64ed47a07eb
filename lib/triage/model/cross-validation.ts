// Folds that keep each brand in one fold: a message about a brand is scored by a model
// that never saw that brand, as the product will be on new customers' brands.
export function brandFolds(rows: { brand?: string }[], k: number): number[] {
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(r.brand ?? '', (sizes.get(r.brand ?? '') ?? 0) + 1);
  // Largest brands first into the currently smallest fold: balanced and deterministic.
  const load = new Array(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [brand, n] of [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const f = load.indexOf(Math.min(...load));
    foldOf.set(brand, f);
    load[f] += n;
  }
  return rows.map((r) => foldOf.get(r.brand ?? '')!);
}
