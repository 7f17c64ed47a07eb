'use client';
// "⌘" on Apple keyboards, "Ctrl" elsewhere. The server cannot know, so it
// renders "Ctrl" and the client corrects it after hydration.
import { useSyncExternalStore } from 'react';

const noop = () => () => {};

export function useModKey(): string {
  return useSyncExternalStore(
    noop,
    () => (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘' : 'Ctrl'),
    () => 'Ctrl',
  );
}
