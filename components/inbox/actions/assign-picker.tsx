'use client';
// "Assign" (shortcut a): a person (with their teams and how many open
// conversations they hold against their capacity), a team (its routing then
// picks a person), or nobody. Choices load when the picker opens.
import { useEffect, useState } from 'react';
import { assignConversationAction, assignTargetsAction, assignTeamAction } from '@/app/(inbox)/inbox/actions';
import type { AssignTargets } from '@/lib/conversations/list-assign-targets';
import { cx } from '@/components/ui/cx';
import { FilterList, type FilterItem } from './filter-list';
import { Popover } from './popover';
import type { ActionAnswer } from './use-run-action';

type Props = {
  conversationId: string;
  assignee: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  myMembershipId: string | null;
  disabled: boolean;
  run: (label: string, fn: () => Promise<ActionAnswer>, onDone?: () => void) => void;
};

export function AssignPicker(props: Props) {
  return (
    <Popover label="Assign" shortcut="a" panelLabel="Assign this conversation" disabled={props.disabled} width="w-80">
      {(close) => <AssignPanel {...props} close={close} />}
    </Popover>
  );
}

function AssignPanel({ conversationId, assignee, team, myMembershipId, run, close }: Props & { close: () => void }) {
  const [targets, setTargets] = useState<AssignTargets | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    assignTargetsAction({})
      .then((r) => live && (r.ok ? setTargets(r.data) : setError(r.error.message)))
      .catch(() => live && setError('Could not load the people and teams. Check your connection.'));
    return () => {
      live = false;
    };
  }, []);

  if (error) return <p role="alert" className="p-3 text-xs text-red-700">{error}</p>;
  if (!targets) return <p className="p-3 text-xs text-slate-500" aria-live="polite">Loading people and teams…</p>;

  const people: FilterItem[] = targets.members.map((m) => ({
    id: `m:${m.id}`,
    text: `${m.name} ${m.teams.join(' ')}${m.id === myMembershipId ? ' me' : ''}`,
    group: 'People',
    disabled: m.id === assignee?.id,
    content: (
      <span className="flex min-w-0 flex-1 items-center gap-2">
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium">
            {m.name}
            {m.id === myMembershipId && <span className="font-normal text-slate-500"> (me)</span>}
            {m.id === assignee?.id && <span className="font-normal text-slate-500"> · assigned</span>}
          </span>
          {m.teams.length > 0 && <span className="block truncate text-[11px] text-slate-500">{m.teams.join(', ')}</span>}
        </span>
        <span
          className={cx('shrink-0 text-[11px] tabular-nums', m.openCount >= m.capacity ? 'font-semibold text-red-700' : 'text-slate-500')}
          title={`${m.openCount} open of a capacity of ${m.capacity}`}
        >
          {m.openCount}/{m.capacity} open
        </span>
      </span>
    ),
  }));
  const teams: FilterItem[] = targets.teams.map((t) => ({
    id: `t:${t.id}`,
    text: `${t.name} team`,
    group: 'Teams',
    disabled: t.id === team?.id,
    content: (
      <span className="flex min-w-0 flex-1 items-center gap-2">
        <span className="min-w-0 flex-1 truncate font-medium">
          {t.name}
          {t.id === team?.id && <span className="font-normal text-slate-500"> · current team</span>}
        </span>
        <span className="shrink-0 text-[11px] text-slate-500 tabular-nums">{t.waiting} waiting</span>
      </span>
    ),
  }));
  const nobody: FilterItem[] = [
    ...(assignee ? [{ id: 'unassign', text: 'unassign nobody', group: 'Nobody', content: <span className="text-slate-700">Unassign {assignee.name}</span> }] : []),
    ...(team ? [{ id: 'noteam', text: 'no team remove team', group: 'Nobody', content: <span className="text-slate-700">Remove from {team.name}</span> }] : []),
  ];
  const choose = (item: FilterItem) => {
    const [kind, id] = item.id.split(':');
    close();
    if (kind === 'm') run('assign', () => assignConversationAction({ conversationId, assigneeId: id }));
    else if (kind === 't') run('assign', () => assignTeamAction({ conversationId, teamId: id }));
    else if (kind === 'unassign') run('assign', () => assignConversationAction({ conversationId, assigneeId: null }));
    else run('assign', () => assignTeamAction({ conversationId, teamId: null }));
  };
  return <FilterList label="Assign to" placeholder="Type a name or team…" items={[...people, ...teams, ...nobody]} onChoose={choose} empty="No person or team matches." />;
}
