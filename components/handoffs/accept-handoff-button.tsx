'use client';
// Accept a handoff: the conversation becomes yours. The page then says so
// (with a link to it); a handoff someone else took meanwhile says that.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { acceptHandoffAction } from '@/app/(inbox)/handoffs/actions';
import { buttonClass } from '@/components/ui/button-styles';

export function AcceptHandoffButton({ handoffId, label = 'Accept', contactName }: { handoffId: string; label?: string; contactName: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className={buttonClass('primary', 'sm')}
        aria-label={`${label}: handoff of ${contactName}`}
        onClick={() =>
          start(async () => {
            setError(null);
            try {
              const r = await acceptHandoffAction({ handoffId });
              if (!r.ok) return setError(r.error.message);
              router.push(`/handoffs?accepted=${r.data.conversationId}`);
              router.refresh();
            } catch {
              setError('Could not reach the server. Try again.');
            }
          })
        }
      >
        {pending ? 'Accepting…' : label}
      </button>
      {error && (
        <span role="alert" className="max-w-56 text-right text-xs font-medium text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
