// What the kept contact looks like after a merge: a pure decision, so the
// rules are tested without a database. The kept contact's own facts win;
// the other fills what it lacks; flags that describe the person (VIP,
// verified) survive if either had them; reach is the larger of the two; notes
// are kept from both (nobody's knowledge is lost), the other's marked as such.
import type { Provider } from '@/lib/generated/prisma/enums';

export type MergeableContact = {
  name: string;
  notes: string;
  isVip: boolean;
  verified: boolean;
  followerCount: number | null;
  plan: string | null;
  language: string | null;
  preferredChannel: Provider | null;
  avatarUrl: string | null;
  lastSeenAt: Date | null;
};

export function combineContacts(keep: MergeableContact, other: MergeableContact) {
  const notes = [keep.notes.trim(), other.notes.trim() && other.notes.trim() !== keep.notes.trim() ? `From ${other.name}: ${other.notes.trim()}` : '']
    .filter(Boolean)
    .join('\n\n');
  const counts = [keep.followerCount, other.followerCount].filter((n): n is number => n != null);
  const seen = [keep.lastSeenAt, other.lastSeenAt].filter((d): d is Date => d instanceof Date);
  return {
    notes: notes.slice(0, 5000),
    isVip: keep.isVip || other.isVip,
    verified: keep.verified || other.verified,
    followerCount: counts.length ? Math.max(...counts) : null,
    plan: keep.plan ?? other.plan,
    language: keep.language ?? other.language,
    preferredChannel: keep.preferredChannel ?? other.preferredChannel,
    avatarUrl: keep.avatarUrl ?? other.avatarUrl,
    lastSeenAt: seen.length ? new Date(Math.max(...seen.map((d) => d.getTime()))) : null,
  };
}
