'use client';
// Drafts per conversation in sessionStorage: a live refresh re-renders the
// editor, opening another conversation unmounts it, and coming back must find
// the half-written reply (and note, and the chosen channel) where it was. Per
// tab (sessionStorage), so two tabs do not overwrite each other's drafts, and
// gone when the tab closes. Read after mount, so the server render and the
// first client render agree.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Kind } from '@/components/presence/collision-guard';

export type Draft = { kind: Kind; reply: string; note: string; channelId: string | null };
const EMPTY: Draft = { kind: 'reply', reply: '', note: '', channelId: null };
const key = (conversationId: string) => `switchboard.draft.${conversationId}`;

function read(conversationId: string): Draft | null {
  try {
    const raw = window.sessionStorage.getItem(key(conversationId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    return { kind: d.kind === 'note' ? 'note' : 'reply', reply: String(d.reply ?? ''), note: String(d.note ?? ''), channelId: typeof d.channelId === 'string' ? d.channelId : null };
  } catch {
    return null; // storage disabled or a corrupt entry: start empty
  }
}

export function useComposerDraft(conversationId: string) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [restored, setRestored] = useState<Draft | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    const saved = read(conversationId);
    if (saved) {
      setDraft(saved);
      setRestored(saved);
    }
    loaded.current = true;
  }, [conversationId]);

  useEffect(() => {
    if (!loaded.current) return;
    try {
      if (!draft.reply && !draft.note && draft.kind === 'reply' && !draft.channelId) window.sessionStorage.removeItem(key(conversationId));
      else window.sessionStorage.setItem(key(conversationId), JSON.stringify(draft));
    } catch {
      // Full or disabled storage: the draft still lives in the page.
    }
  }, [conversationId, draft]);

  const update = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), []);
  return { draft, update, restored };
}
