'use client';
// Copies a value (a webhook URL, an embed snippet) to the clipboard and says so.
import { useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';

export function CopyButton({ value, label = 'Copy', what }: { value: string; label?: string; what: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <button
      type="button"
      className={buttonClass('secondary', 'sm', 'h-7 px-2 text-xs')}
      aria-label={`${label} ${what}`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied('yes');
        } catch {
          setCopied('no');
        }
        setTimeout(() => setCopied(null), 2000);
      }}
    >
      <span aria-live="polite">{copied === 'yes' ? 'Copied' : copied === 'no' ? 'Select and copy' : label}</span>
    </button>
  );
}
