'use client';
// "Tags" (shortcut t): the workspace's tags as checkboxes. Ticking one adds it
// as the agent's tag, unticking removes it — through tag/untag-conversation,
// so each correction becomes a training example and triage learns it. The
// list stays open for several changes; hovering an applied tag says why it was
// applied (source, confidence, reason).
import { useEffect, useState } from 'react';
import { tagConversationAction, untagConversationAction, workspaceTagsAction } from '@/app/(inbox)/inbox/actions';
import type { WorkspaceTag } from '@/lib/conversations/list-workspace-tags';
import { safeColor, type TagView } from '@/components/inbox/tag-chip';
import { tagExplanation } from '@/lib/ui/format';
import { FilterList, type FilterItem } from './filter-list';
import { Popover } from './popover';
import type { ActionAnswer } from './use-run-action';

type Props = {
  conversationId: string;
  applied: TagView[];
  disabled: boolean;
  run: (label: string, fn: () => Promise<ActionAnswer>, onDone?: () => void) => void;
};

export function TagPicker(props: Props) {
  const n = props.applied.length;
  return (
    <Popover
      label="Tags"
      shortcut="t"
      panelLabel="Tag this conversation"
      disabled={props.disabled}
      width="w-72"
      content={
        <>
          Tags
          {n > 0 && <span className="rounded-full bg-slate-100 px-1.5 text-[11px] text-slate-600 tabular-nums">{n}</span>}
        </>
      }
    >
      {() => <TagPanel {...props} />}
    </Popover>
  );
}

function TagPanel({ conversationId, applied, run }: Props) {
  const [tags, setTags] = useState<WorkspaceTag[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Ticked now (optimistic; the page refresh brings the truth back).
  const [on, setOn] = useState(() => new Set(applied.map((t) => t.key)));
  useEffect(() => setOn(new Set(applied.map((t) => t.key))), [applied]);
  useEffect(() => {
    let live = true;
    workspaceTagsAction({})
      .then((r) => live && (r.ok ? setTags(r.data) : setError(r.error.message)))
      .catch(() => live && setError('Could not load the tags. Check your connection.'));
    return () => {
      live = false;
    };
  }, []);

  if (error) return <p role="alert" className="p-3 text-xs text-red-700">{error}</p>;
  if (!tags) return <p className="p-3 text-xs text-slate-500" aria-live="polite">Loading tags…</p>;

  const why = new Map(applied.map((t) => [t.key, tagExplanation(t)]));
  const items: FilterItem[] = tags.map((t) => ({
    id: t.key,
    text: `${t.name} ${t.key}`,
    checked: on.has(t.key),
    title: why.get(t.key) ?? (t.description || undefined),
    content: (
      <span className="flex min-w-0 flex-1 items-center gap-2">
        <span aria-hidden="true" className="h-2 w-2 shrink-0 rounded-full" style={{ backgroundColor: safeColor(t.color) }} />
        <span className="min-w-0 flex-1 truncate">{t.name}</span>
        {why.has(t.key) && <span className="shrink-0 text-[11px] text-slate-500">{applied.find((a) => a.key === t.key)?.source}</span>}
      </span>
    ),
  }));
  const toggle = (item: FilterItem) => {
    const adding = !on.has(item.id);
    setOn((s) => {
      const next = new Set(s);
      if (adding) next.add(item.id);
      else next.delete(item.id);
      return next;
    });
    run('tag', () => (adding ? tagConversationAction : untagConversationAction)({ conversationId, tag: item.id }));
  };
  return (
    <>
      <FilterList label="Tags" placeholder="Filter tags…" items={items} onChoose={toggle} multi empty={tags.length ? 'No tag matches.' : 'This workspace has no tags yet.'} />
      <p className="border-t border-slate-100 px-3 py-2 text-[11px] leading-snug text-slate-500">Triage learns from every tag you add or remove.</p>
    </>
  );
}
