'use client';
// A reply is never sent unknowingly on top of a colleague's. Before sending,
// the guard warns when a colleague is typing in this conversation right now
// (presence), and when one replied after this draft was started (sendReply
// answers 409 reply_overlap for a reply newer than lastSeenMessageId); the
// agent reads, then confirms to send anyway (confirmOverlap). The draft's
// baseline is the newest message on screen when the agent started writing:
// a colleague's reply that appears live while they write still counts as
// unseen. Typing is reported to colleagues while the draft changes.
//
// useCollisionGuard is the logic for any composer (components/composer uses it).
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { setTyping, useViewers } from '@/components/presence/presence-client';
import { describeViewers } from '@/components/presence/describe-viewers';
import { usePresenceMe } from '@/components/presence/presence-me';
import { sendReplyAction } from '@/components/presence/send-reply-action';

const IDLE_MS = 4_000;

export type Kind = 'reply' | 'note';
export type Sent = { conversationId: string; created: boolean };
type Warning = { reason: 'typing' | 'overlap'; message: string };
type Props = { conversationId: string; myMembershipId?: string | null; latestMessageId: string | null };

export function useCollisionGuard({ conversationId, myMembershipId, latestMessageId }: Props) {
  const router = useRouter();
  const me = usePresenceMe();
  const others = useViewers(conversationId, myMembershipId ?? me);
  const latest = useRef(latestMessageId);
  const baseline = useRef<string | null>(latestMessageId);
  const drafting = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [warning, setWarning] = useState<Warning | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    latest.current = latestMessageId;
  }, [latestMessageId]);
  useEffect(
    () => () => {
      if (idle.current) clearTimeout(idle.current);
      setTyping(conversationId, false);
    },
    [conversationId],
  );

  // Call with the draft on every change.
  const draftChanged = (text: string) => {
    if (text && !drafting.current) baseline.current = latest.current;
    drafting.current = Boolean(text);
    if (idle.current) clearTimeout(idle.current);
    setTyping(conversationId, Boolean(text.trim()));
    if (text.trim()) idle.current = setTimeout(() => setTyping(conversationId, false), IDLE_MS);
  };
  const stoppedTyping = () => setTyping(conversationId, false);

  // Resolves with where it went when sent (channelId: a reply on another of the
  // customer's channels lands in that channel's conversation); false when it
  // needs the agent's confirmation or failed.
  const send = async (kind: Kind, text: string, confirmed = false, channelId?: string): Promise<Sent | false> => {
    setError(null);
    const typists = others.filter((v) => v.state === 'typing');
    if (kind === 'reply' && !confirmed && typists.length) {
      setWarning({ reason: 'typing', message: `${describeViewers(typists, 'typing')?.replace(/…$/, '')} in this conversation right now. Send your reply anyway?` });
      return false;
    }
    setPending(true);
    let sent: Sent;
    try {
      const r = await sendReplyAction({ conversationId, kind, text, lastSeenMessageId: baseline.current ?? undefined, confirmOverlap: confirmed, channelId });
      if (!r.ok) {
        if (r.error.code === 'reply_overlap') setWarning({ reason: 'overlap', message: r.error.message });
        else setError(r.error.message);
        return false;
      }
      sent = { conversationId: r.data.conversationId, created: r.data.created };
    } catch {
      setError('Could not reach the server. Your draft is still here; try again.');
      return false;
    } finally {
      setPending(false);
    }
    setWarning(null);
    drafting.current = false;
    if (idle.current) clearTimeout(idle.current);
    setTyping(conversationId, false);
    // The live event refreshes the thread too; this is for when the stream is down.
    router.refresh();
    return sent;
  };

  return { others, warning, error, pending, draftChanged, stoppedTyping, send, dismiss: () => setWarning(null) };
}
