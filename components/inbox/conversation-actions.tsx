'use client';
// Resolve / Reopen and Assign to me / Unassign, through server actions. The
// page re-renders from the server afterwards; a failure shows its message.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { assignConversationAction, setConversationStatusAction } from '@/app/(inbox)/inbox/actions';
import { buttonClass } from '@/components/ui/button-styles';
import { HandOffButton } from '@/components/handoffs/hand-off-button';

type Props = { conversationId: string; status: string; assigneeId: string | null; myMembershipId: string | null };

export function ConversationActions({ conversationId, status, assigneeId, myMembershipId }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = (label: string, fn: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>) =>
    start(async () => {
      setBusy(label);
      setError(null);
      try {
        const result = await fn();
        if (!result.ok) setError(result.error.message);
        else router.refresh();
      } catch {
        setError('Could not reach the server. Check your connection and try again.');
      } finally {
        setBusy(null);
      }
    });

  const resolved = status === 'resolved';
  const mine = !!myMembershipId && assigneeId === myMembershipId;

  return (
    <div className="flex flex-col items-end gap-1.5">
      <div className="flex items-center gap-2">
        {!resolved && <HandOffButton conversationId={conversationId} />}
        {myMembershipId && (
          <button
            type="button"
            disabled={pending}
            className={buttonClass('secondary')}
            onClick={() => run(mine ? 'unassign' : 'assign', () => assignConversationAction({ conversationId, assigneeId: mine ? null : myMembershipId }))}
          >
            {busy === 'assign' ? 'Assigning…' : busy === 'unassign' ? 'Unassigning…' : mine ? 'Unassign' : 'Assign to me'}
          </button>
        )}
        {assigneeId && !mine && (
          <button
            type="button"
            disabled={pending}
            className={buttonClass('ghost')}
            onClick={() => run('unassign', () => assignConversationAction({ conversationId, assigneeId: null }))}
          >
            {busy === 'unassign' ? 'Unassigning…' : 'Unassign'}
          </button>
        )}
        <button
          type="button"
          disabled={pending}
          className={buttonClass(resolved ? 'secondary' : 'primary')}
          onClick={() => run('status', () => setConversationStatusAction({ conversationId, status: resolved ? 'open' : 'resolved' }))}
        >
          {busy === 'status' ? (resolved ? 'Reopening…' : 'Resolving…') : resolved ? 'Reopen' : 'Resolve'}
        </button>
      </div>
      <p role="alert" aria-live="assertive" className={error ? 'max-w-sm text-right text-xs font-medium text-red-700' : 'sr-only'}>
        {error ?? ''}
      </p>
    </div>
  );
}
