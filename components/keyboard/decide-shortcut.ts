// The global keyboard layer as a pure decision: (key event, state) → action.
// Kept free of the DOM so that g-sequences, modifiers and typing targets can
// be tested with plain objects; global-shortcuts.tsx turns the action into a
// click, a focus or a navigation. The conversation list handles j/k/Enter/x
// itself, so they are deliberately not here.

export const CLICK_KEYS = ['r', 'n', 'a', 't', 'e', 's'] as const;
export type ClickKey = (typeof CLICK_KEYS)[number];

// Gmail/Linear style "g then …" jumps to the main views.
export const GO_KEYS = { i: 'open', m: 'mine', u: 'unassigned' } as const;
export type GoView = (typeof GO_KEYS)[keyof typeof GO_KEYS];

// How long a "g" waits for its second key: long enough to reach for it,
// short enough that a stray "g" does not swallow a later "m" or "i".
export const G_TIMEOUT_MS = 1500;

export type ShortcutAction =
  | { type: 'click'; key: ClickKey }
  | { type: 'focus-search' }
  | { type: 'open-help' }
  | { type: 'open-palette' }
  | { type: 'go'; view: GoView };

export type KeyInput = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  // The event's target takes text (input, textarea, contenteditable) or an IME is composing.
  typing: boolean;
  // A modal dialog (ours or a picker) is open and owns the keyboard.
  dialogOpen: boolean;
  now: number;
};

// When "g" was pressed, or null when no sequence is pending.
export type ShortcutState = { pendingGAt: number | null };
export const IDLE: ShortcutState = { pendingGAt: null };

export type Decision = { action: ShortcutAction | null; state: ShortcutState };

export function decideShortcut(input: KeyInput, state: ShortcutState): Decision {
  const mod = !!(input.ctrlKey || input.metaKey);
  // Ctrl/⌘+K works while typing too (as in Slack, Linear, GitHub): it is no text.
  if (mod && !input.altKey && input.key.toLowerCase() === 'k') {
    return { action: input.dialogOpen ? null : { type: 'open-palette' }, state: IDLE };
  }
  // Single keys: never with a modifier, while typing, or behind a dialog.
  if (mod || input.altKey || input.typing || input.dialogOpen) return { action: null, state: IDLE };

  const pending = state.pendingGAt !== null && input.now - state.pendingGAt <= G_TIMEOUT_MS;
  if (pending && input.key in GO_KEYS) {
    return { action: { type: 'go', view: GO_KEYS[input.key as keyof typeof GO_KEYS] }, state: IDLE };
  }
  // Any other key ends the sequence and then counts on its own ("g" then "r" replies).
  if (input.key === 'g') return { action: null, state: { pendingGAt: input.now } };
  if ((CLICK_KEYS as readonly string[]).includes(input.key)) return { action: { type: 'click', key: input.key as ClickKey }, state: IDLE };
  if (input.key === '/') return { action: { type: 'focus-search' }, state: IDLE };
  if (input.key === '?') return { action: { type: 'open-help' }, state: IDLE };
  return { action: null, state: IDLE };
}
