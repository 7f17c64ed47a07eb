'use client';
// Move a routing rule up or down one place (its `position`), in place.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { updateRoutingRuleAction } from '@/app/(manage)/settings/routing/actions';
import { buttonClass } from '@/components/ui/button-styles';

export function MoveRuleButtons({ id, name, position, last }: { id: string; name: string; position: number; last: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const move = (to: number) =>
    start(async () => {
      setError(null);
      try {
        const r = await updateRoutingRuleAction({ id, position: to });
        if (!r.ok) setError(r.error.message);
        else router.refresh();
      } catch {
        setError('Could not reach the server.');
      }
    });
  return (
    <span className="flex items-center gap-1">
      <button type="button" disabled={pending || position === 0} onClick={() => move(position - 1)} className={buttonClass('ghost', 'sm', 'px-2')} aria-label={`Move “${name}” up`}>
        ↑
      </button>
      <button type="button" disabled={pending || last} onClick={() => move(position + 1)} className={buttonClass('ghost', 'sm', 'px-2')} aria-label={`Move “${name}” down`}>
        ↓
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
