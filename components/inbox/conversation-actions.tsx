'use client';
// Everything an agent does to the open conversation, in one toolbar: assign
// (a person, a team or nobody), tags, severity, snooze, hand off, and resolve /
// reopen. Pickers open with one key (a, t, s; e resolves) through the global
// key handler, which clicks the element carrying data-shortcut. Each change is
// a server action around one lib use case; the page then re-renders from the
// server and a failure shows its message here.
import { setConversationStatusAction, assignConversationAction } from '@/app/(inbox)/inbox/actions';
import { buttonClass } from '@/components/ui/button-styles';
import { HandOffButton } from '@/components/handoffs/hand-off-button';
import type { TagView } from '@/components/inbox/tag-chip';
import { formatLocalTime } from '@/lib/sla/zoned-time';
import { formatDateTime } from '@/lib/ui/format';
import { AssignPicker } from './actions/assign-picker';
import { Kbd } from './actions/kbd';
import { SeverityControl } from './actions/severity-control';
import { SnoozePicker } from './actions/snooze-picker';
import { TagPicker } from './actions/tag-picker';
import { useRunAction } from './actions/use-run-action';

type Props = {
  conversationId: string;
  status: string;
  snoozedUntil: Date | null;
  severity: number;
  assignee: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  tags: TagView[];
  myMembershipId: string | null;
  timeZone: string;
  // Server-rendered: the contact's name (left of the main buttons) and the badges row.
  heading: React.ReactNode;
  meta: React.ReactNode;
};

export function ConversationActions({ conversationId, status, snoozedUntil, severity, assignee, team, tags, myMembershipId, timeZone, heading, meta }: Props) {
  const { pending, busy, error, run } = useRunAction();
  const resolved = status === 'resolved';
  const snoozed = status === 'snoozed' && snoozedUntil;
  const mine = !!myMembershipId && assignee?.id === myMembershipId;
  const shared = { conversationId, disabled: pending, run };

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-start justify-between gap-4">
        {heading}
        <div className="flex shrink-0 items-center gap-2">
          {myMembershipId && (
            <button
              type="button"
              aria-disabled={pending || undefined}
              className={buttonClass('ghost', 'sm', 'aria-disabled:opacity-60')}
              onClick={() => !pending && run('assign', () => assignConversationAction({ conversationId, assigneeId: mine ? null : myMembershipId }))}
            >
              {busy === 'assign' ? (mine ? 'Unassigning…' : 'Assigning…') : mine ? 'Unassign' : 'Assign to me'}
            </button>
          )}
          {!resolved && <HandOffButton conversationId={conversationId} />}
          <button
            type="button"
            data-shortcut="e"
            aria-keyshortcuts="e"
            aria-disabled={pending || undefined}
            className={buttonClass(resolved ? 'secondary' : 'primary', 'sm', 'aria-disabled:opacity-60')}
            onClick={() => !pending && run('status', () => setConversationStatusAction({ conversationId, status: resolved ? 'open' : 'resolved' }))}
          >
            {busy === 'status' ? (resolved ? 'Reopening…' : 'Resolving…') : resolved ? 'Reopen' : 'Resolve'}
            <Kbd k="e" />
          </button>
        </div>
      </div>
      {meta}
      <div role="toolbar" aria-label="Conversation actions" className="mt-1 flex flex-wrap items-center gap-2">
        <AssignPicker {...shared} assignee={assignee} team={team} myMembershipId={myMembershipId} />
        <TagPicker {...shared} applied={tags} />
        <SeverityControl {...shared} severity={severity} />
        {snoozed ? (
          <span className="inline-flex items-center gap-1.5 rounded-md bg-violet-50 py-1 pr-1 pl-2.5 text-xs text-violet-900 ring-1 ring-violet-200 ring-inset" data-testid="snoozed-until">
            <span title={formatDateTime(snoozedUntil, timeZone)}>Snoozed until {formatLocalTime(snoozedUntil, timeZone, new Date())}</span>
            <button
              type="button"
              data-shortcut="s"
              aria-keyshortcuts="s"
              aria-disabled={pending || undefined}
              className="rounded px-1.5 py-0.5 font-medium hover:bg-violet-100 aria-disabled:opacity-60"
              onClick={() => !pending && run('status', () => setConversationStatusAction({ conversationId, status: 'open' }))}
            >
              {busy === 'status' ? 'Waking…' : 'Unsnooze'}
            </button>
          </span>
        ) : (
          !resolved && <SnoozePicker {...shared} timeZone={timeZone} />
        )}
      </div>
      <p role="alert" aria-live="assertive" className={error ? 'text-xs font-medium text-red-700' : 'sr-only'}>
        {busy ? '' : (error ?? '')}
      </p>
    </div>
  );
}
