// The command palette's commands as plain data: go to any inbox view (from
// the names the server sends once, see app/api/inbox/palette), act on the
// open conversation through the same data-shortcut targets the single-key
// shortcuts click, settings pages for managers, sign out. Pure, so the list
// and its URLs are tested without a browser.
import { CHANNELS, type ProviderKey } from '@/components/inbox/channel-badge';
import { SEVERITIES } from '@/components/inbox/severity-badge';
import type { ClickKey } from '@/components/keyboard/decide-shortcut';

export type PaletteData = {
  teams: { key: string; name: string }[];
  tags: { key: string; name: string }[];
  providers: string[];
};

export type PaletteRun = { type: 'navigate'; href: string } | { type: 'click'; key: ClickKey } | { type: 'sign-out' };
export type PaletteGroup = 'Go to' | 'Conversation' | 'Settings' | 'Account' | 'Search';
export type PaletteCommand = { id: string; group: PaletteGroup; label: string; keywords?: string; shortcut?: string[]; run: PaletteRun };

type Options = { data: PaletteData | null; hasMine: boolean; canManage: boolean; available: ReadonlySet<string> };

// The same URLs as the views pane (lib/ui/inbox-query's inboxHref, which
// the client cannot import: it pulls in the server's filter schemas).
export function viewHref(params: Record<string, string>): string {
  const qs = new URLSearchParams(params).toString();
  return qs ? `/inbox?${qs}` : '/inbox';
}

const go = (id: string, label: string, href: string, extra: Partial<PaletteCommand> = {}): PaletteCommand => ({ id, group: 'Go to', label, run: { type: 'navigate', href }, ...extra });

const CONVERSATION: { key: ClickKey; label: string; keywords: string }[] = [
  { key: 'r', label: 'Reply', keywords: 'answer respond compose' },
  { key: 'n', label: 'Add internal note', keywords: 'comment colleague compose' },
  { key: 'a', label: 'Assign…', keywords: 'owner agent person' },
  { key: 't', label: 'Tag…', keywords: 'label' },
  { key: 's', label: 'Snooze…', keywords: 'later remind' },
  { key: 'e', label: 'Resolve or reopen', keywords: 'close done archive' },
];

// Kept in step with components/app-shell/settings-nav.tsx.
const SETTINGS = [
  ['channels', 'Channels'],
  ['teams', 'Teams & people'],
  ['shifts', 'Shifts'],
  ['routing', 'Routing rules'],
  ['sla', 'SLA policies'],
  ['tags', 'Tags & playbook'],
] as const;

export function paletteCommands({ data, hasMine, canManage, available }: Options): PaletteCommand[] {
  const out: PaletteCommand[] = [
    // Conversation commands only where there is a conversation to act on.
    ...CONVERSATION.filter((c) => available.has(c.key)).map(
      (c): PaletteCommand => ({ id: `do:${c.key}`, group: 'Conversation', label: c.label, keywords: c.keywords, shortcut: [c.key], run: { type: 'click', key: c.key } }),
    ),
    go('view:open', 'All open', '/inbox', { keywords: 'inbox everything', shortcut: ['g', 'i'] }),
    ...(hasMine ? [go('view:mine', 'Mine', viewHref({ assignee: 'me' }), { keywords: 'assigned to me my', shortcut: ['g', 'm'] })] : []),
    go('view:unassigned', 'Unassigned', viewHref({ assignee: 'none' }), { keywords: 'nobody', shortcut: ['g', 'u'] }),
    ...([1, 2, 3, 4] as const).map((s) => go(`view:severity:${s}`, `${SEVERITIES[s].label} · ${SEVERITIES[s].meaning}`, viewHref({ severity: String(s) }), { keywords: 'severity' })),
    ...(data?.teams ?? []).map((t) => go(`view:team:${t.key}`, `Team: ${t.name}`, viewHref({ team: t.key }), { keywords: 'team' })),
    ...(data?.tags ?? []).map((t) => go(`view:tag:${t.key}`, `Tag: ${t.name}`, viewHref({ tag: t.key }), { keywords: `tag ${t.key}` })),
    ...(data?.providers ?? []).map((p) => go(`view:channel:${p}`, `Channel: ${CHANNELS[p as ProviderKey]?.label ?? p}`, viewHref({ channel: p }), { keywords: 'channel' })),
    go('view:pending', 'Pending', viewHref({ status: 'pending' }), { keywords: 'status waiting' }),
    go('view:snoozed', 'Snoozed', viewHref({ status: 'snoozed' }), { keywords: 'status later' }),
    go('view:resolved', 'Resolved', viewHref({ status: 'resolved' }), { keywords: 'status closed done' }),
    go('page:handoffs', 'Handoffs', '/handoffs', { keywords: 'overnight shift' }),
    go('page:playbook', 'Playbook', '/playbook', { keywords: 'tags guide' }),
    ...(canManage
      ? SETTINGS.map(([slug, label]): PaletteCommand => ({ id: `settings:${slug}`, group: 'Settings', label, keywords: 'settings', run: { type: 'navigate', href: `/settings/${slug}` } }))
      : []),
    { id: 'sign-out', group: 'Account', label: 'Sign out', keywords: 'log out logout exit', run: { type: 'sign-out' } },
  ];
  return out;
}

// The typed text as a search: always offered last, so a command that matches wins Enter.
export function searchCommand(text: string): PaletteCommand | null {
  const q = text.trim();
  if (!q) return null;
  return { id: 'search', group: 'Search', label: `Search messages for “${q}”`, run: { type: 'navigate', href: viewHref({ q }) } };
}
