// Every keyboard shortcut, grouped as the shortcuts dialog shows them. One
// list, so the dialog cannot drift from what the handlers do: the global layer
// (decide-shortcut.ts), the conversation list (j/k/Enter/x) and the palette.

export type ShortcutEntry = { keys: string[]; label: string; then?: boolean };
export type ShortcutGroup = { title: string; items: ShortcutEntry[] };

export function shortcutGroups(modKey: string): ShortcutGroup[] {
  return [
    {
      title: 'Navigate',
      items: [
        { keys: ['j'], label: 'Next conversation' },
        { keys: ['k'], label: 'Previous conversation' },
        { keys: ['Enter'], label: 'Open conversation' },
        { keys: ['x'], label: 'Select for bulk actions' },
        { keys: ['/'], label: 'Search messages and contacts' },
        { keys: [modKey, 'K'], label: 'Command palette' },
        { keys: ['?'], label: 'Show keyboard shortcuts' },
        { keys: ['Esc'], label: 'Close dialog or picker' },
      ],
    },
    {
      title: 'Conversation',
      items: [
        { keys: ['a'], label: 'Assign' },
        { keys: ['t'], label: 'Tag' },
        { keys: ['s'], label: 'Snooze' },
        { keys: ['e'], label: 'Resolve or reopen' },
      ],
    },
    {
      title: 'Compose',
      items: [
        { keys: ['r'], label: 'Reply to the customer' },
        { keys: ['n'], label: 'Internal note' },
      ],
    },
    {
      title: 'Go to',
      items: [
        { keys: ['g', 'i'], label: 'All open', then: true },
        { keys: ['g', 'm'], label: 'Mine', then: true },
        { keys: ['g', 'u'], label: 'Unassigned', then: true },
      ],
    },
  ];
}
