'use client';
// Runs one server action for a control: one at a time, remembers which
// (for "Assigning…" labels), refreshes the page from the server on success
// and keeps the error message to show. Shared by the conversation's actions.
import { useCallback, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';

export type ActionAnswer = { ok: true } | { ok: false; error: { message: string } };

export function useRunAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (label: string, fn: () => Promise<ActionAnswer>, onDone?: () => void) =>
      start(async () => {
        setBusy(label);
        setError(null);
        try {
          const result = await fn();
          if (!result.ok) setError(result.error.message);
          else {
            onDone?.();
            router.refresh();
          }
        } catch {
          setError('Could not reach the server. Check your connection and try again.');
        } finally {
          setBusy(null);
        }
      }),
    [router],
  );
  return { pending, busy, error, setError, run };
}
