// Where a process spent its CPU: a V8 .cpuprofile reduced to self time by
// package (node_modules/<pkg>, app code by folder, node internals, GC) and the
// heaviest functions. Idle time is left out of the shares.
import fs from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function bucket(url: string): string {
  if (!url) return '(native: GC, syscalls, program)';
  const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  const rel = url.replace(/^file:\/\/\/?[^]*?\/(app|lib|workers|\.next[^/]*)\//, '$1/');
  return rel.split('/').slice(0, 2).join('/');
}

export function summarizeProfile(file: string, top = 8): string {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  p.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') continue;
    busy += us;
    const pkg = bucket(n.callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${pkg}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const fmt = (rows: Map<string, number>) =>
    [...rows].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `    ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  return `  busy ${(busy / 1e6).toFixed(1)} s — by package:\n${fmt(packages)}\n  heaviest functions (self time):\n${fmt(functions)}`;
}
