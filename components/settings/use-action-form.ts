'use client';
// Submitting a settings form through a server action: the input is first
// checked in the browser with the same zod schema the server (and the REST
// API) uses, then sent; errors from either side land next to their field
// (by path, e.g. "weeklyHours.0.end") with a summary line, and nothing is
// saved. A lost connection says so.
import { useState, useTransition } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/workspace-action';

export type Issue = { path: string; message: string };

export function useActionForm() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function show(issues: Issue[], fallback: string) {
    const byPath: Record<string, string> = {};
    for (const i of issues) byPath[i.path] ??= i.message;
    setFieldErrors(byPath);
    const n = Object.keys(byPath).length;
    setError(n ? `Nothing was saved: check the ${n === 1 ? 'highlighted field' : `${n} highlighted fields`}.` : fallback);
  }

  function submit<I, T>(opts: {
    schema?: z.ZodType;
    // Rules across fields, checked in the browser as on the server.
    check?: (value: I) => Issue[];
    value: I;
    action: (value: I) => Promise<ActionResult<T>>;
    onDone: (data: T) => void;
  }) {
    setError(null);
    setFieldErrors({});
    if (opts.schema) {
      const r = opts.schema.safeParse(opts.value);
      if (!r.success) return show(r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })), 'Check the form');
    }
    const extra = opts.check?.(opts.value) ?? [];
    if (extra.length) return show(extra, 'Check the form');
    start(async () => {
      try {
        const r = await opts.action(opts.value);
        if (r.ok) return opts.onDone(r.data);
        const details = Array.isArray(r.error.details) ? (r.error.details as Issue[]).filter((d) => typeof d?.path === 'string' && d.path) : [];
        show(details, r.error.message);
      } catch {
        setError('Could not reach the server. Check your connection and try again.');
      }
    });
  }

  // The message for a field, or for anything inside it ("conditions.tags" shows "conditions.tags.0").
  const errorFor = (path: string): string | undefined =>
    fieldErrors[path] ?? Object.entries(fieldErrors).find(([p]) => p.startsWith(`${path}.`))?.[1];

  return { pending, error, fieldErrors, errorFor, submit, setError };
}
