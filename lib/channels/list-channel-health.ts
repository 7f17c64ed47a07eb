// Channel health as people need it: is each channel receiving, and is any of
// them failing or gone quiet? The rule is a pure function with a reason:
//   failing  the last error is newer than the last event, within the last 24 h
//   quiet    enabled, has received before, nothing for longer than its threshold
//            (settings.quietAfterHours, else 24 h)
//   waiting  enabled and never received anything (just set up)
//   disabled / ok
// The whole team sees failing and quiet channels in the inbox (channel-health-notice).
import type { ScopedDb } from '@/lib/tenancy';
import type { Provider } from '@/lib/generated/prisma/enums';

const HOUR = 3_600_000;
export const FAILING_WINDOW_MS = 24 * HOUR;
export const DEFAULT_QUIET_AFTER_MS = 24 * HOUR;

export type HealthState = 'ok' | 'failing' | 'quiet' | 'waiting' | 'disabled';
export type HealthInput = { enabled: boolean; lastEventAt: Date | null; lastErrorAt: Date | null; lastError: string | null; settings?: unknown };
export type ChannelHealth = { state: HealthState; reason: string; lastEventAt: string | null; lastErrorAt: string | null; lastError: string | null };

function quietAfterMs(settings: unknown): number {
  const h = (settings as { quietAfterHours?: unknown } | null)?.quietAfterHours;
  return typeof h === 'number' && h > 0 ? h * HOUR : DEFAULT_QUIET_AFTER_MS;
}

function ago(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${Math.max(1, min)} min`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

export function channelHealth(c: HealthInput, now = new Date()): ChannelHealth {
  const base = { lastEventAt: c.lastEventAt?.toISOString() ?? null, lastErrorAt: c.lastErrorAt?.toISOString() ?? null, lastError: c.lastError };
  const t = now.getTime();
  if (!c.enabled) return { ...base, state: 'disabled', reason: 'Disabled: webhooks to it are refused' };
  if (c.lastErrorAt && (!c.lastEventAt || c.lastErrorAt > c.lastEventAt) && t - c.lastErrorAt.getTime() <= FAILING_WINDOW_MS) {
    return { ...base, state: 'failing', reason: `Failing: ${c.lastError ?? 'an error'} (${ago(t - c.lastErrorAt.getTime())} ago), nothing received since` };
  }
  if (!c.lastEventAt) return { ...base, state: 'waiting', reason: 'Waiting for its first event' };
  const silent = t - c.lastEventAt.getTime();
  if (silent > quietAfterMs(c.settings)) return { ...base, state: 'quiet', reason: `Quiet: nothing received for ${ago(silent)}` };
  return { ...base, state: 'ok', reason: `Receiving: last event ${ago(silent)} ago` };
}

export type ChannelHealthRow = { id: string; provider: Provider; name: string; enabled: boolean; health: ChannelHealth };

export async function listChannelHealth(db: ScopedDb, now = new Date()): Promise<ChannelHealthRow[]> {
  const rows = await db.channel.findMany({
    orderBy: [{ provider: 'asc' }, { name: 'asc' }],
    select: { id: true, provider: true, name: true, enabled: true, lastEventAt: true, lastErrorAt: true, lastError: true, settings: true },
  });
  return rows.map((r) => ({ id: r.id, provider: r.provider, name: r.name, enabled: r.enabled, health: channelHealth(r, now) }));
}

// Only what the team should notice: failing or quiet channels.
export async function listChannelProblems(db: ScopedDb, now = new Date()): Promise<ChannelHealthRow[]> {
  return (await listChannelHealth(db, now)).filter((r) => r.health.state === 'failing' || r.health.state === 'quiet');
}
