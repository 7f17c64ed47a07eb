// Latency sampling for the inbox benchmark: warm-up calls first (not
// counted), then up to `runs` sequential calls or `maxSeconds`, whichever
// comes first; p50/p95/p99 in milliseconds.
import os from 'node:os';

export type Sample = { name: string; n: number; p50: number; p95: number; p99: number; mean: number; max: number; goal?: number; note?: string };

export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export async function measure(
  name: string,
  fn: (i: number) => Promise<unknown>,
  opts: { runs?: number; warmup?: number; maxSeconds?: number; goal?: number; note?: string } = {},
): Promise<Sample> {
  const runs = opts.runs ?? 500;
  for (let i = 0; i < (opts.warmup ?? 20); i++) await fn(i);
  const times: number[] = [];
  const deadline = performance.now() + (opts.maxSeconds ?? 60) * 1000;
  for (let i = 0; i < runs && performance.now() < deadline; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  const s = [...times].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    name,
    n: s.length,
    p50: r(percentile(s, 0.5)),
    p95: r(percentile(s, 0.95)),
    p99: r(percentile(s, 0.99)),
    mean: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
    max: r(s[s.length - 1] ?? NaN),
    goal: opts.goal,
    note: opts.note,
  };
}

export function formatTable(samples: Sample[]): string {
  const head = ['measure', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'goal p95', ''];
  const rows = samples.map((s) => [
    s.name,
    String(s.n),
    s.p50.toFixed(1),
    s.p95.toFixed(1),
    s.p99.toFixed(1),
    s.max.toFixed(1),
    s.goal ? `< ${s.goal}` : '',
    s.goal ? (s.p95 < s.goal ? 'ok' : 'MISS') : (s.note ?? ''),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function loadAverage(): number[] {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}
