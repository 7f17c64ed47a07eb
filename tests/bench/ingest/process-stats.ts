// Samples a process tree (a pid and its descendants) every 200 ms from /proc:
// resident memory (VmRSS, peak of the tree's sum and of its largest process)
// and CPU time (utime + stime), so a phase can report CPU ms per message.
import fs from 'node:fs';

const TICK = 100; // USER_HZ on Linux

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const c = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (c) out.push(...c.split(/\s+/).map(Number));
    }
  } catch {
    // gone
  }
  return out;
}

export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function cpuMs(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / TICK;
    } catch {
      // gone
    }
  }
  return total;
}

export type RssPeak = { treeMb: number; largestMb: number; processes: number };

export function sampleRss(pid: number, everyMs = 200) {
  const peak: RssPeak = { treeMb: 0, largestMb: 0, processes: 0 };
  const tick = () => {
    const tree = processTree(pid);
    const each = tree.map(rssKb);
    peak.treeMb = Math.max(peak.treeMb, each.reduce((a, b) => a + b, 0) / 1024);
    peak.largestMb = Math.max(peak.largestMb, Math.max(0, ...each) / 1024);
    peak.processes = Math.max(peak.processes, tree.length);
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return { peak, stop: () => clearInterval(timer) };
}

// The bench's own Postgres: its postmaster (from postmaster.pid) and its
// backends. Without one (DATABASE_URL's server), every process named postgres,
// which then includes other people's databases on this machine.
export function postgresCpuMs(postmasterPid?: number): number {
  if (postmasterPid) return cpuMs(postmasterPid);
  let total = 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1].split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / TICK;
    } catch {
      // gone
    }
  }
  return total;
}

export function loadAverage(): string {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
