// The DOM side of the keyboard contract: elements a shortcut triggers carry
// data-shortcut="<key>"; the first one that is visible and enabled wins (a
// hidden pane or a collapsed menu may hold another copy).

function visible(el: HTMLElement): boolean {
  if (el.closest('[hidden], [inert]')) return false;
  if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') return false;
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

export function findShortcutTarget(key: string): HTMLElement | null {
  const all = document.querySelectorAll<HTMLElement>(`[data-shortcut="${CSS.escape(key)}"]`);
  for (const el of all) if (visible(el)) return el;
  return null;
}

// Clicks the target of `key`; false when the page has none (nothing to do here).
export function clickShortcutTarget(key: string): boolean {
  const el = findShortcutTarget(key);
  if (!el) return false;
  el.click();
  return true;
}

export function focusShortcutTarget(key: string): boolean {
  const el = findShortcutTarget(key);
  if (!el) return false;
  el.focus();
  if (el instanceof HTMLInputElement) el.select();
  return true;
}

// A modal dialog (ours, or a picker that declares itself modal) owns the keyboard.
export function modalDialogOpen(): boolean {
  return !!document.querySelector('[role="dialog"][aria-modal="true"], dialog[open]');
}
