'use client';
// Opens a thread scrolled to its newest message, as chat and email clients do.
import { useLayoutEffect, useRef } from 'react';

export function ScrollToEnd({ className, children, watch }: { className?: string; children: React.ReactNode; watch: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [watch]);
  return (
    <div ref={ref} className={className} data-thread>
      {children}
    </div>
  );
}
