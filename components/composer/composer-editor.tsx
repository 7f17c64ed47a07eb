'use client';
// The composer (client part): Reply / Internal note tabs over one editor,
// the channel to reply on, saved replies (button or ";;"), @mentions in notes,
// the channel's limits as the agent types (lib/outbound/channel-limits, the
// same rules the server applies), and the collision guard's warnings
// (useCollisionGuard). Ctrl/⌘+Enter sends, Esc leaves the editor. A sent
// message clears the editor and shows up through the live refresh; a failed
// one leaves the draft in place with the reason.
import Link from 'next/link';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ComposerContext, ComposerSavedReply } from '@/lib/conversations/get-composer-context';
import { channelLimits } from '@/lib/outbound/channel-limits';
import { findPlaceholders, renderSavedReply } from '@/lib/saved-replies/render-saved-reply';
import { useCollisionGuard, type Kind, type Sent } from '@/components/presence/collision-guard';
import { useComposerDraft } from '@/components/composer/use-composer-draft';
import { ComposerTabs } from '@/components/composer/composer-tabs';
import { ReplyChannelSelect, optionLabel } from '@/components/composer/reply-channel-select';
import { ChannelCounter, ChannelNotice } from '@/components/composer/channel-meter';
import { SavedReplyPicker } from '@/components/composer/saved-reply-picker';
import { MentionList } from '@/components/composer/mention-list';
import { useMentions } from '@/components/composer/use-mentions';
import { CollisionWarning, ComposerHints } from '@/components/composer/composer-parts';
import { buttonClass } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';

type Props = { conversationId: string; myMembershipId: string | null; latestMessageId: string | null; context: ComposerContext; serverNow: Date };

export function ComposerEditor({ conversationId, myMembershipId, latestMessageId, context, serverNow }: Props) {
  const guard = useCollisionGuard({ conversationId, myMembershipId, latestMessageId });
  const { draft, update } = useComposerDraft(conversationId);
  const kind = draft.kind;
  const text = draft[kind];
  const area = useRef<HTMLTextAreaElement>(null);
  const select = useRef<[number, number] | null>(null);
  const pickerCaret = useRef<[number, number]>([0, 0]);
  const [picker, setPicker] = useState(false);
  const [sentElsewhere, setSentElsewhere] = useState<(Sent & { label: string }) | null>(null);
  const [now, setNow] = useState(serverNow);
  const ids = { panel: useId(), notice: useId(), mentions: useId(), placeholders: useId() };

  // Windows close while the agent writes: re-evaluate every half minute.
  useEffect(() => {
    setNow(new Date());
    const t = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(t);
  }, []);
  useLayoutEffect(() => {
    if (!select.current || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(...select.current);
    select.current = null;
  });

  const channel = context.channels.find((c) => c.channelId === draft.channelId) ?? context.channels[0];
  const limits = useMemo(
    () => (kind === 'reply' && channel ? channelLimits({ provider: channel.provider, text, lastInboundAt: channel.lastInboundAt, isPublicReply: channel.isPublicReply, isComment: channel.isComment, now }) : null),
    [kind, channel, text, now],
  );
  const placeholders = kind === 'reply' ? findPlaceholders(text) : [];
  const blocked = limits?.level === 'block' ? limits.reason : placeholders.length ? `Fill in ${placeholders.join(', ')} before sending: the customer would see it as written.` : null;

  const setText = (value: string) => {
    update({ [kind]: value } as Partial<Record<Kind, string>>);
    guard.draftChanged(value);
    setSentElsewhere(null);
  };
  const mentions = useMentions({ enabled: kind === 'note', members: context.members, text, setText, placeCaret: (at) => (select.current = [at, at]) });
  const focusKind = (k: Kind) => {
    update({ kind: k });
    mentions.close();
    setPicker(false);
    area.current?.focus();
  };
  const submit = async (confirmed = false) => {
    if (!text.trim() || guard.pending || (blocked && kind === 'reply')) return;
    const elsewhere = kind === 'reply' && channel && !channel.current ? channel : null;
    const sent = await guard.send(kind, text, confirmed, elsewhere?.channelId);
    if (!sent) return;
    update({ [kind]: '' } as Partial<Record<Kind, string>>);
    if (elsewhere) setSentElsewhere({ ...sent, label: optionLabel(elsewhere) });
  };

  const openPicker = () => {
    const el = area.current;
    pickerCaret.current = el ? [el.selectionStart, el.selectionEnd] : [text.length, text.length];
    mentions.close();
    setPicker(true);
  };
  const closePicker = () => {
    setPicker(false);
    select.current = pickerCaret.current;
  };
  const dismissPicker = useCallback(() => setPicker(false), []);
  const insertSavedReply = (r: ComposerSavedReply) => {
    const rendered = renderSavedReply(r.body, context.vars);
    const [from, to] = pickerCaret.current;
    const next = text.slice(0, from) + rendered.text + text.slice(to);
    setText(next);
    setPicker(false);
    // Select the first placeholder left, so the agent types straight over it.
    const first = rendered.unresolved[0] ? next.indexOf(rendered.unresolved[0], from) : -1;
    select.current = first >= 0 ? [first, first + rendered.unresolved[0].length] : [from + rendered.text.length, from + rendered.text.length];
  };
  const onChange = (e: React.ChangeEvent<HTMLTextAreaElement>) => {
    const value = e.target.value;
    const caret = e.target.selectionStart;
    // ";;" typed: drop it and open the saved replies where it was.
    if (value.slice(caret - 2, caret) === ';;' && value.length > text.length) {
      const without = value.slice(0, caret - 2) + value.slice(caret);
      setText(without);
      pickerCaret.current = [caret - 2, caret - 2];
      mentions.close();
      setPicker(true);
      return;
    }
    setText(value);
    mentions.track(value, caret);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.onKeyDown(e)) {
      e.preventDefault();
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      e.currentTarget.blur();
      return;
    }
    if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key.toLowerCase() === 's' && e.shiftKey && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      openPicker();
    }
  };

  const label = kind === 'reply' ? 'Reply to the customer' : 'Internal note (use @name to notify a colleague)';
  return (
    <form
      aria-label={kind === 'reply' ? 'Reply' : 'Internal note'}
      data-testid="composer"
      data-kind={kind}
      className="shrink-0 border-t border-slate-200 bg-white px-5 py-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {guard.warning && <CollisionWarning warning={guard.warning} pending={guard.pending} onConfirm={() => void submit(true)} onDismiss={guard.dismiss} />}
      {limits && <ChannelNotice limits={limits} id={ids.notice} alternatives={limits.window?.open === false && context.channels.length > 1} />}
      <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <ComposerTabs kind={kind} onSelect={focusKind} panelId={ids.panel} />
        {kind === 'reply' && <ReplyChannelSelect channels={context.channels} value={channel?.channelId ?? ''} onChange={(channelId) => update({ channelId })} />}
      </div>
      <div id={ids.panel} role="tabpanel" aria-labelledby={`composer-tab-${kind}`} className="relative">
        {picker && <SavedReplyPicker replies={context.savedReplies} vars={context.vars} onPick={insertSavedReply} onClose={closePicker} onDismiss={dismissPicker} />}
        {mentions.open && !picker && <MentionList id={ids.mentions} members={mentions.matches} active={mentions.active} onPick={(m) => mentions.pick(mentions.matches.indexOf(m), area.current?.selectionStart ?? text.length)} onHover={mentions.hover} />}
        <label htmlFor="composer-text" className="sr-only">
          {label}
        </label>
        <textarea
          id="composer-text"
          ref={area}
          rows={3}
          value={text}
          placeholder={kind === 'reply' ? 'Write a reply…' : 'Write a note for your team; @name notifies a colleague'}
          aria-describedby={limits?.reason && limits.level !== 'ok' ? ids.notice : undefined}
          aria-activedescendant={mentions.open && mentions.matches.length ? `${ids.mentions}-${mentions.active}` : undefined}
          className={cx(
            'block max-h-72 min-h-[4.5rem] w-full resize-y rounded-md border px-3 py-2 text-sm text-slate-900 focus:ring-2 focus:outline-none',
            kind === 'note' ? 'border-amber-300 bg-amber-50/40 focus:ring-amber-200' : 'border-slate-300 focus:border-brand-500 focus:ring-brand-200',
          )}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onSelect={(e) => mentions.open && mentions.track(e.currentTarget.value, e.currentTarget.selectionStart)}
          onBlur={() => {
            guard.stoppedTyping();
            mentions.close();
          }}
        />
      </div>
      {placeholders.length > 0 && (
        <p id={ids.placeholders} data-testid="unresolved-variables" className="mt-1.5 text-xs font-medium text-amber-800">
          Fill in by hand before sending (the customer would see them as written): {placeholders.join(', ')}
        </p>
      )}
      {sentElsewhere && (
        <p role="status" className="mt-1.5 text-xs text-emerald-800">
          Sent on {sentElsewhere.label}.{' '}
          <Link className="font-medium underline" href={`/inbox/${sentElsewhere.conversationId}`}>
            Open that conversation
          </Link>
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <button type="button" className={buttonClass('secondary', 'sm', 'h-7 px-2.5 text-xs')} title="Saved replies (;; or Ctrl/⌘+Shift+S)" aria-expanded={picker} aria-haspopup="dialog" aria-keyshortcuts="Control+Shift+S Meta+Shift+S" onMouseDown={(e) => e.stopPropagation()} onClick={() => (picker ? closePicker() : openPicker())}>
          Saved replies
        </button>
        <ComposerHints kind={kind} />
        <p role="alert" aria-live="assertive" className={guard.error ? 'text-xs font-medium text-red-700' : 'sr-only'}>
          {guard.error ?? ''}
        </p>
        <div className="ml-auto flex items-center gap-3">
          {limits && <ChannelCounter limits={limits} now={now} />}
          <button type="submit" className={buttonClass('primary', 'sm')} disabled={guard.pending || !text.trim() || Boolean(blocked && kind === 'reply')} title={kind === 'reply' && blocked ? blocked : undefined} aria-describedby={kind !== 'reply' || !blocked ? undefined : limits?.level === 'block' ? ids.notice : ids.placeholders}>
            {guard.pending ? 'Sending…' : kind === 'reply' ? 'Send reply' : 'Add note'}
          </button>
        </div>
      </div>
    </form>
  );
}
