// Presence: which members have a conversation open, and whether they are
// typing in it. One entry per browser tab; a member with two tabs on the same
// conversation is one viewer, "typing" if either tab is.

export type PresenceState = 'viewing' | 'typing';

export type PresenceEntry = {
  membershipId: string;
  tabId: string;
  conversationId: string;
  name: string;
  state: PresenceState;
  // Epoch milliseconds; past it the entry no longer counts.
  expiresAt: number;
};

export type Viewer = { membershipId: string; name: string; state: PresenceState };

// A tab heartbeats every HEARTBEAT_MS; its entry lives PRESENCE_TTL_MS, so two
// missed heartbeats (a sleeping laptop, a lost request) still count as there.
export const HEARTBEAT_MS = 10_000;
export const PRESENCE_TTL_MS = 30_000;

// The viewers of one conversation, from live entries, by name.
export function viewersOf(entries: PresenceEntry[], conversationId: string, now: number): Viewer[] {
  const byMember = new Map<string, Viewer>();
  for (const e of entries) {
    if (e.conversationId !== conversationId || e.expiresAt <= now) continue;
    const seen = byMember.get(e.membershipId);
    if (!seen) byMember.set(e.membershipId, { membershipId: e.membershipId, name: e.name, state: e.state });
    else if (e.state === 'typing') seen.state = 'typing';
  }
  return [...byMember.values()].sort((a, b) => a.name.localeCompare(b.name) || a.membershipId.localeCompare(b.membershipId));
}

// Every conversation someone has open, with its viewers.
export function presenceSnapshot(entries: PresenceEntry[], now: number): Record<string, Viewer[]> {
  const out: Record<string, Viewer[]> = {};
  for (const id of new Set(entries.filter((e) => e.expiresAt > now).map((e) => e.conversationId))) out[id] = viewersOf(entries, id, now);
  return out;
}
