// Type-ahead for "Merge with…": contacts of this workspace whose name, handle,
// email, phone or provider id contains the query. Merged-away contacts are
// not offered (they live on inside the one they were merged into).
import { z } from 'zod';
import type { ScopedDb } from '@/lib/tenancy';

export const searchContactsInput = z
  .object({
    q: z.string().trim().min(1).max(100),
    // The contact the agent is merging from: never offered to itself.
    excludeId: z.string().trim().min(1).max(64).optional(),
  })
  .strict();

export type ContactMatch = { id: string; name: string; isVip: boolean; identities: { provider: string; label: string }[]; conversationCount: number };

const LIMIT = 8;

export async function searchContacts(ctx: { db: ScopedDb }, input: z.infer<typeof searchContactsInput>): Promise<ContactMatch[]> {
  const contains = { contains: input.q, mode: 'insensitive' as const };
  const rows = await ctx.db.contact.findMany({
    where: {
      mergedIntoId: null,
      ...(input.excludeId ? { id: { not: input.excludeId } } : {}),
      OR: [
        { name: contains },
        { identities: { some: { OR: [{ handle: contains }, { email: contains }, { phone: contains }, { externalId: contains }] } } },
      ],
    },
    orderBy: [{ lastSeenAt: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }],
    take: LIMIT,
    select: {
      id: true,
      name: true,
      isVip: true,
      identities: { take: 4, orderBy: { createdAt: 'asc' }, select: { provider: true, handle: true, email: true, phone: true, externalId: true } },
      _count: { select: { conversations: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    isVip: r.isVip,
    identities: r.identities.map((i) => ({ provider: i.provider, label: i.handle ?? i.email ?? i.phone ?? i.externalId })),
    conversationCount: r._count.conversations,
  }));
}
