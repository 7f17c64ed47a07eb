'use client';
// @mentions in the note editor: while "@que" is typed before the caret, the
// matching members are listed; ↑↓ move, Enter or Tab inserts the handle the
// server's parser resolves to that member, Esc closes (see mention-query.ts).
import { useState } from 'react';
import type { ComposerMember } from '@/lib/conversations/get-composer-context';
import { filterMembers, mentionHandle, mentionQueryAt } from '@/components/composer/mention-query';

type Mention = { start: number; query: string; active: number };
type Options = {
  enabled: boolean;
  members: ComposerMember[];
  text: string;
  setText: (value: string) => void;
  // Where the caret goes after an insertion (applied by the editor after render).
  placeCaret: (at: number) => void;
};

export function useMentions({ enabled, members, text, setText, placeCaret }: Options) {
  const [mention, setMention] = useState<Mention | null>(null);
  const matches = mention ? filterMembers(members, mention.query) : [];

  const track = (value: string, caret: number) => {
    const q = enabled ? mentionQueryAt(value, caret) : null;
    if (!q) setMention(null);
    else if (!mention || q.start !== mention.start || q.query !== mention.query) setMention({ ...q, active: 0 });
  };
  const pick = (i: number, caret: number) => {
    const m = matches[i];
    if (!mention || !m) return;
    const handle = `${mentionHandle(m, members)} `;
    setText(text.slice(0, mention.start) + handle + text.slice(caret));
    setMention(null);
    placeCaret(mention.start + handle.length);
  };
  // True when the key was the list's (the editor then does nothing else with it).
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!mention) return false;
    if (e.key === 'Escape') {
      setMention(null);
      return true;
    }
    if (!matches.length) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      setMention({ ...mention, active: (mention.active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length });
      return true;
    }
    if ((e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) || e.key === 'Tab') {
      pick(mention.active, e.currentTarget.selectionStart);
      return true;
    }
    return false;
  };

  return {
    open: mention !== null,
    active: mention?.active ?? 0,
    matches,
    track,
    pick,
    onKeyDown,
    hover: (i: number) => mention && setMention({ ...mention, active: i }),
    close: () => setMention(null),
  };
}
