'use client';
// A <details> whose content is mounted only while open: the earlier history
// can be long, and while closed it should not add to the page (nor to the
// thread's list of messages that tests and assistive tech walk).
import { useState } from 'react';

export function Disclosure({ summary, className, children }: { summary: React.ReactNode; className?: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      {summary}
      {open && children}
    </details>
  );
}
