// Small formatting helpers for the UI: compact ages ("12 min", "3 h", "2 d"),
// absolute times in the workspace's time zone, labels for enums.

export function formatAge(from: Date, now: Date = new Date()): string {
  const min = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (min < 1) return 'now';
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} h`;
  const d = Math.floor(h / 24);
  if (d < 60) return `${d} d`;
  return `${Math.floor(d / 30)} mo`;
}

export function formatDateTime(at: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: safeZone(timeZone),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

// Today's messages show the time only; older ones the day and time.
export function formatMessageTime(at: Date, timeZone = 'UTC', now: Date = new Date()): string {
  const zone = safeZone(timeZone);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(at);
  if (day(at) === day(now)) return time;
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short' }).format(at);
  return `${date}, ${time}`;
}

function safeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

export function formatPercent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function formatCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0).replace(/\.0$/, '')}k`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
}

export const roleLabel: Record<string, string> = { admin: 'Admin', manager: 'Manager', agent: 'Agent' };

export const statusLabel: Record<string, string> = { open: 'Open', pending: 'Pending', snoozed: 'Snoozed', resolved: 'Resolved' };

export const tagSourceLabel: Record<string, string> = { rule: 'rule', model: 'model', agent: 'agent' };

// "Tagged by model, 92% confident: asked for a quote for 300 seats"
export function tagExplanation(t: { name: string; source: string; confidence: number; reason: string }): string {
  const by = t.source === 'agent' ? 'added by an agent' : `by ${tagSourceLabel[t.source] ?? t.source}, ${formatPercent(t.confidence)} confident`;
  return `${t.name} (${by})${t.reason ? `: ${t.reason}` : ''}`;
}
