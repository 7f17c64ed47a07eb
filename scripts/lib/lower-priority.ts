// The workers run at a lower CPU priority than the web process when both share
// a machine: acknowledging a provider's webhook is what must stay fast (a slow
// 2xx makes the provider retry and, at worst, disable the webhook), while
// tagging and routing may lag a few seconds behind a flood and catch up after.
// WORKERS_NICE (default 10; 0 turns it off) is the niceness given to them.
import os from 'node:os';

export function lowerWorkerPriority(pid: number | undefined): number | null {
  const nice = Number(process.env.WORKERS_NICE ?? 10);
  if (!pid || !Number.isFinite(nice) || nice <= 0) return null;
  try {
    os.setPriority(pid, Math.min(19, Math.round(nice)));
    return os.getPriority(pid);
  } catch {
    return null; // not permitted here (e.g. a locked-down container): run as is
  }
}
