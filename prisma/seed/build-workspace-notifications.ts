// Notifications about more than one conversation: the crisis alert this
// morning and the overnight digest for each morning rep with handoffs waiting.
import type { Prisma } from '@/lib/generated/prisma/client';
import { uuidv7 } from './create-ids';
import { PEOPLE } from './demo-people';
import type { PersonKey } from './thread-script';

type Input = {
  workspaceId: string;
  now: Date;
  memberIds: Map<PersonKey, string>;
  crises: Prisma.CrisisCreateManyInput[];
  crisisConvs: Prisma.ConversationCreateManyInput[];
  handoffs: Prisma.HandoffCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  conversations: Prisma.ConversationCreateManyInput[];
};

export function buildWorkspaceNotifications({ workspaceId, now, memberIds, crises, crisisConvs, handoffs, contacts, conversations }: Input): Prisma.NotificationCreateManyInput[] {
  const out: Prisma.NotificationCreateManyInput[] = [];
  for (const crisis of crises) {
    // Raised once the third report came in.
    const firstThree = crisisConvs.map((c) => (c.createdAt as Date).getTime()).sort((a, b) => a - b);
    const at = new Date(firstThree[Math.min(2, firstThree.length - 1)] + 60_000);
    const first = crisisConvs.find((c) => (c.createdAt as Date).getTime() === firstThree[0]);
    for (const key of ['tomas', 'priya', 'marcus'] as PersonKey[]) {
      out.push({
        id: uuidv7(at.getTime()), workspaceId, recipientId: memberIds.get(key)!, kind: 'crisis', title: `Crisis: ${crisis.title}`,
        body: `${crisisConvs.length} conversations on ${new Set(crisisConvs.map((c) => c.channelId)).size} channels in ${Math.round(((crisis.lastSeenAt as Date).getTime() - (crisis.startedAt as Date).getTime()) / 60_000)} minutes.`,
        conversationId: first?.id ?? null, dedupeKey: `crisis:${crisis.id}:${key}`, createdAt: at, readAt: key === 'tomas' ? new Date(at.getTime() + 60_000) : null,
      });
    }
  }

  // The morning digest: who handed what to whom overnight.
  const waiting = handoffs.filter((h) => !h.acceptedAt);
  for (const p of PEOPLE) {
    const mine = waiting.filter((h) => h.toId === memberIds.get(p.key));
    if (!mine.length) continue;
    const names = mine.map((h) => {
      const conv = conversations.find((c) => c.id === h.conversationId)!;
      return contacts.find((c) => c.id === conv.contactId)!.name;
    });
    const at = new Date(now.getTime() - 40 * 60_000);
    out.push({
      id: uuidv7(at.getTime()), workspaceId, recipientId: memberIds.get(p.key)!, kind: 'digest',
      title: `Overnight: ${mine.length} handoff${mine.length > 1 ? 's' : ''} waiting for you`, body: names.join(', '),
      conversationId: null, dedupeKey: `digest:${now.toISOString().slice(0, 10)}:${p.key}`, createdAt: at, readAt: null,
    });
  }
  return out;
}
