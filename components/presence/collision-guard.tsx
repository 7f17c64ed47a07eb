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
// useCollisionGuard is the logic for any composer; CollisionGuard is a minimal
// composer built on it (reply or internal note, Ctrl/⌘+Enter sends).
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { setTyping, useViewers } from '@/components/presence/presence-client';
import { describeViewers } from '@/components/presence/describe-viewers';
import { usePresenceMe } from '@/components/presence/presence-me';
import { sendReplyAction } from '@/components/presence/send-reply-action';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';

const IDLE_MS = 4_000;

type Kind = 'reply' | 'note';
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

  // Resolves true when sent; false when it needs the agent's confirmation or failed.
  const send = async (kind: Kind, text: string, confirmed = false): Promise<boolean> => {
    setError(null);
    const typists = others.filter((v) => v.state === 'typing');
    if (kind === 'reply' && !confirmed && typists.length) {
      setWarning({ reason: 'typing', message: `${describeViewers(typists, 'typing')?.replace(/…$/, '')} in this conversation right now. Send your reply anyway?` });
      return false;
    }
    setPending(true);
    try {
      const r = await sendReplyAction({ conversationId, kind, text, lastSeenMessageId: baseline.current ?? undefined, confirmOverlap: confirmed });
      if (!r.ok) {
        if (r.error.code === 'reply_overlap') setWarning({ reason: 'overlap', message: r.error.message });
        else setError(r.error.message);
        return false;
      }
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
    return true;
  };

  return { others, warning, error, pending, draftChanged, stoppedTyping, send, dismiss: () => setWarning(null) };
}

export function CollisionGuard(props: Props) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Kind>('reply');
  const guard = useCollisionGuard(props);

  const submit = async (confirmed = false) => {
    if (!text.trim() || guard.pending) return;
    if (await guard.send(kind, text, confirmed)) setText('');
  };

  return (
    <form
      aria-label="Reply"
      data-testid="composer"
      className="shrink-0 border-t border-slate-200 bg-white px-5 py-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {guard.warning && (
        <div role="alert" data-testid="collision-warning" className="mb-2 flex items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span aria-hidden="true" className="mt-0.5">⚠</span>
          <p className="flex-1">{guard.warning.message}</p>
          <button type="button" className={buttonClass('primary')} disabled={guard.pending} onClick={() => void submit(true)}>
            Send anyway
          </button>
          <button type="button" className={buttonClass('ghost')} onClick={guard.dismiss}>
            {guard.warning.reason === 'overlap' ? 'Review first' : 'Wait'}
          </button>
        </div>
      )}
      <div className="mb-2 flex items-center gap-1" role="radiogroup" aria-label="Message type">
        {(['reply', 'note'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            onClick={() => setKind(k)}
            className={cx('rounded-md px-2.5 py-1 text-xs font-medium', kind === k ? (k === 'note' ? 'bg-amber-100 text-amber-900' : 'bg-brand-50 text-brand-800') : 'text-slate-500 hover:bg-slate-100')}
          >
            {k === 'reply' ? 'Reply' : 'Internal note'}
          </button>
        ))}
      </div>
      <label htmlFor="composer-text" className="sr-only">
        {kind === 'reply' ? 'Reply to the customer' : 'Internal note (use @name to notify a colleague)'}
      </label>
      <textarea
        id="composer-text"
        rows={3}
        value={text}
        placeholder={kind === 'reply' ? 'Write a reply…' : 'Write a note for your team; @name notifies a colleague'}
        className={cx('w-full resize-y rounded-md border px-3 py-2 text-sm text-slate-900 focus:outline-none', kind === 'note' ? 'border-amber-300 bg-amber-50/40' : 'border-slate-300')}
        onChange={(e) => {
          setText(e.target.value);
          guard.draftChanged(e.target.value);
        }}
        onBlur={guard.stoppedTyping}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            void submit();
          }
        }}
      />
      <div className="mt-2 flex items-center justify-between gap-3">
        <p role="alert" aria-live="assertive" className={guard.error ? 'text-xs font-medium text-red-700' : 'sr-only'}>
          {guard.error ?? ''}
        </p>
        <button type="submit" className={buttonClass('primary', 'sm', 'ml-auto')} disabled={guard.pending || !text.trim()}>
          {guard.pending ? 'Sending…' : kind === 'reply' ? 'Send reply' : 'Add note'}
        </button>
      </div>
    </form>
  );
}
