'use client';
// A masked secret an admin may reveal (a Meta verify token, to paste into the
// Meta app). The full value is fetched only on click, through an audited action.
import { useState, useTransition } from 'react';
import { revealChannelSecretAction } from '@/app/(manage)/settings/channels/actions';
import { buttonClass } from '@/components/ui/button-styles';
import { CopyButton } from '@/components/channels/copy-button';

export function RevealSecret({ channelId, secretKey, masked, label, canReveal }: { channelId: string; secretKey: string; masked: string; label: string; canReveal: boolean }) {
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800" data-testid={`secret-${secretKey}`}>
        {value ?? masked}
      </code>
      {value ? (
        <>
          <CopyButton value={value} what={label} />
          <button type="button" className={buttonClass('ghost', 'sm', 'h-7 px-2 text-xs')} onClick={() => setValue(null)}>
            Hide
          </button>
        </>
      ) : (
        canReveal && (
          <button
            type="button"
            disabled={pending}
            className={buttonClass('secondary', 'sm', 'h-7 px-2 text-xs')}
            aria-label={`Reveal ${label}`}
            onClick={() =>
              start(async () => {
                setError(null);
                const r = await revealChannelSecretAction({ id: channelId, key: secretKey }).catch(() => null);
                if (r?.ok) setValue(r.data.value);
                else setError(r ? r.error.message : 'Could not reach the server');
              })
            }
          >
            {pending ? 'Revealing…' : 'Reveal'}
          </button>
        )
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
