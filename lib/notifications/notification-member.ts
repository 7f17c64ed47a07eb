// Notifications belong to a person: the signed-in member's id, or 403 for an
// API key (it has no inbox of its own).
import { forbidden } from '@/lib/api/errors';
import type { Actor } from '@/lib/auth/session';

export function notificationRecipient(actor: Actor): string {
  if (actor.type !== 'user') throw forbidden('Notifications belong to a signed-in member, not to an API key');
  return actor.membershipId;
}
