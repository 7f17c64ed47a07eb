// The global keyboard layer's decisions, with plain objects for key events.
import { describe, expect, it } from 'vitest';
import { decideShortcut, G_TIMEOUT_MS, IDLE, type KeyInput, type ShortcutState } from '@/components/keyboard/decide-shortcut';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({ key: k, typing: false, dialogOpen: false, now: 1000, ...extra });

// Feeds keys in order, returning every action and the final state.
function press(keys: KeyInput[], state: ShortcutState = IDLE) {
  const actions = [];
  for (const k of keys) {
    const d = decideShortcut(k, state);
    actions.push(d.action);
    state = d.state;
  }
  return { actions, state };
}

describe('decideShortcut', () => {
  it.each(['r', 'n', 'a', 't', 'e', 's'])('clicks the data-shortcut target of "%s"', (k) => {
    expect(decideShortcut(key(k), IDLE).action).toEqual({ type: 'click', key: k });
  });

  it('focuses the search on "/" and opens the shortcuts on "?"', () => {
    expect(decideShortcut(key('/'), IDLE).action).toEqual({ type: 'focus-search' });
    expect(decideShortcut(key('?'), IDLE).action).toEqual({ type: 'open-help' });
  });

  it('leaves j, k, Enter and x to the conversation list, and ignores other keys', () => {
    for (const k of ['j', 'k', 'Enter', 'x', 'q', 'Escape', 'ArrowDown']) expect(decideShortcut(key(k), IDLE).action).toBeNull();
  });

  it('ignores upper-case letters (Shift held), so Shift+R is no reply', () => {
    expect(decideShortcut(key('R'), IDLE).action).toBeNull();
  });

  it('ignores single keys with Ctrl, ⌘ or Alt held', () => {
    expect(decideShortcut(key('r', { ctrlKey: true }), IDLE).action).toBeNull();
    expect(decideShortcut(key('r', { metaKey: true }), IDLE).action).toBeNull();
    expect(decideShortcut(key('e', { altKey: true }), IDLE).action).toBeNull();
    expect(decideShortcut(key('/', { ctrlKey: true }), IDLE).action).toBeNull();
  });

  it('ignores single keys while typing and behind a modal dialog', () => {
    for (const k of ['r', 'e', '/', '?', 'g']) {
      expect(decideShortcut(key(k, { typing: true }), IDLE).action).toBeNull();
      expect(decideShortcut(key(k, { dialogOpen: true }), IDLE).action).toBeNull();
    }
    // Typing "g" then "m" in a field never jumps to Mine.
    expect(press([key('g', { typing: true }), key('m')]).actions).toEqual([null, null]);
  });

  it('opens the palette on Ctrl+K and ⌘+K, even while typing, but not behind another dialog', () => {
    expect(decideShortcut(key('k', { ctrlKey: true }), IDLE).action).toEqual({ type: 'open-palette' });
    expect(decideShortcut(key('k', { metaKey: true, typing: true }), IDLE).action).toEqual({ type: 'open-palette' });
    expect(decideShortcut(key('K', { ctrlKey: true }), IDLE).action).toEqual({ type: 'open-palette' });
    expect(decideShortcut(key('k', { ctrlKey: true, dialogOpen: true }), IDLE).action).toBeNull();
    expect(decideShortcut(key('k', { ctrlKey: true, altKey: true }), IDLE).action).toBeNull();
  });

  it('jumps to a view on "g" then "i", "m" or "u"', () => {
    expect(press([key('g'), key('i', { now: 1200 })]).actions).toEqual([null, { type: 'go', view: 'open' }]);
    expect(press([key('g'), key('m', { now: 1200 })]).actions).toEqual([null, { type: 'go', view: 'mine' }]);
    expect(press([key('g'), key('u', { now: 1200 })]).actions).toEqual([null, { type: 'go', view: 'unassigned' }]);
  });

  it('keeps "g" pending only until its timeout', () => {
    const late = press([key('g', { now: 0 }), key('m', { now: G_TIMEOUT_MS + 1 })]);
    expect(late.actions[1]).toBeNull();
    expect(late.state).toEqual(IDLE);
    expect(press([key('g', { now: 0 }), key('m', { now: G_TIMEOUT_MS })]).actions[1]).toEqual({ type: 'go', view: 'mine' });
  });

  it('uses a sequence once: "g", "m", "m" jumps once', () => {
    expect(press([key('g'), key('m'), key('m')]).actions).toEqual([null, { type: 'go', view: 'mine' }, null]);
  });

  it('ends a sequence on any other key, which then counts on its own', () => {
    expect(press([key('g'), key('r'), key('m')]).actions).toEqual([null, { type: 'click', key: 'r' }, null]);
    expect(press([key('g'), key('x'), key('u')]).actions).toEqual([null, null, null]);
    // "g" "g" "u" still jumps: the second "g" starts a new sequence.
    expect(press([key('g'), key('g'), key('u')]).actions).toEqual([null, null, { type: 'go', view: 'unassigned' }]);
  });

  it('cancels a pending "g" when a modifier, a field or a dialog takes the next key', () => {
    expect(press([key('g'), key('m', { ctrlKey: true }), key('m')]).actions).toEqual([null, null, null]);
    expect(press([key('g'), key('i', { typing: true }), key('i')]).actions).toEqual([null, null, null]);
    expect(press([key('g'), key('u', { dialogOpen: true }), key('u')]).actions).toEqual([null, null, null]);
  });

  it('does not treat "i", "m" or "u" alone as jumps', () => {
    for (const k of ['i', 'm', 'u']) expect(decideShortcut(key(k), IDLE).action).toBeNull();
  });
});
