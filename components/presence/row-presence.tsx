'use client';
// In a list row: small avatars of colleagues who have this conversation open
// (a ring when they are typing), live. Renders nothing when nobody does.
import { PresenceAvatar } from '@/components/presence/presence-avatar';
import { useViewers } from '@/components/presence/presence-client';
import { describeViewers } from '@/components/presence/describe-viewers';
import { usePresenceMe } from '@/components/presence/presence-me';

export function RowPresence({ conversationId, myMembershipId }: { conversationId: string; myMembershipId?: string | null }) {
  const me = usePresenceMe();
  const others = useViewers(conversationId, myMembershipId ?? me);
  if (!others.length) return null;
  const label = [describeViewers(others, 'typing'), describeViewers(others, 'viewing')].filter(Boolean).join('; ');
  return (
    <span className="flex shrink-0 -space-x-1" title={label} data-testid="row-presence">
      <span className="sr-only">{label}</span>
      {others.slice(0, 3).map((v) => (
        <PresenceAvatar key={v.membershipId} id={v.membershipId} name={v.name} typing={v.state === 'typing'} size="sm" />
      ))}
    </span>
  );
}
