'use client';
// On an open conversation: who else has it open ("Mei-Ling Chen is viewing",
// "Dana Kim is typing…"), live. Mounting it also makes this tab count as
// viewing the conversation (heartbeats), so place it once per conversation.
import { PresenceAvatar } from '@/components/presence/presence-avatar';
import { usePresenceHeartbeat, useViewers } from '@/components/presence/presence-client';
import { describeViewers } from '@/components/presence/describe-viewers';
import { usePresenceMe } from '@/components/presence/presence-me';

export function PresenceBar({ conversationId, myMembershipId }: { conversationId: string; myMembershipId?: string | null }) {
  usePresenceHeartbeat(conversationId);
  const me = usePresenceMe();
  const others = useViewers(conversationId, myMembershipId ?? me);
  const typing = describeViewers(others, 'typing');
  const viewing = describeViewers(others, 'viewing');
  return (
    <div role="status" aria-live="polite" data-testid="presence-bar" className={others.length ? 'mt-2 flex items-center gap-2 text-xs' : 'sr-only'}>
      {others.length > 0 && (
        <>
          <span className="flex -space-x-1.5">
            {others.slice(0, 4).map((v) => (
              <PresenceAvatar key={v.membershipId} id={v.membershipId} name={v.name} typing={v.state === 'typing'} />
            ))}
          </span>
          {typing && <span className="font-medium text-amber-800">{typing}</span>}
          {typing && viewing && <span aria-hidden="true" className="text-slate-400">·</span>}
          {viewing && <span className="text-slate-600">{viewing}</span>}
        </>
      )}
    </div>
  );
}
