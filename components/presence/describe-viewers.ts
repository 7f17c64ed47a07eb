// Presence in words: "Dana Kim is typing…", "Dana Kim and Luis Ortega are
// viewing", "Dana Kim, Luis Ortega and 2 others are viewing".
import type { Viewer } from '@/components/presence/presence-client';

export function describeViewers(list: Viewer[], state: Viewer['state']): string | null {
  const names = list.filter((v) => v.state === state).map((v) => v.name);
  if (!names.length) return null;
  const who = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]}, ${names[1]} and ${names.length - 2} other${names.length > 3 ? 's' : ''}`;
  const verb = names.length === 1 ? 'is' : 'are';
  return state === 'typing' ? `${who} ${verb} typing…` : `${who} ${verb} viewing`;
}
