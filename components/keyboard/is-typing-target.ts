// Single-key shortcuts (j, k, r, e, ...) must never fire while the agent is
// writing, nor with a modifier held (the browser's and the OS's own shortcuts),
// nor behind an open dialog that owns the keyboard.
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return false;
}

export function ignoresShortcut(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.isComposing) return true;
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  if (isTypingTarget(e.target)) return true;
  // An open modal dialog owns the keyboard.
  return !!document.querySelector('[role="dialog"][aria-modal="true"], dialog[open]');
}
