// Finds or creates the contact behind an inbound message. A returning customer
// is recognised by their identity on this provider, or else by a phone number
// or email address we already know from another channel (WhatsApp and SMS
// share a phone; email and chat share an address).
import type { ScopedDb } from '@/lib/tenancy';
import type { Provider } from '@/lib/generated/prisma/enums';
import type { InboundContact } from '@/lib/ingest/inbound-message';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

export async function resolveContact(tx: Tx, workspaceId: string, provider: Provider, channelId: string, c: InboundContact): Promise<{ contactId: string; created: boolean }> {
  const phone = c.phone ?? (provider === 'sms' || provider === 'whatsapp' ? normalisePhone(c.externalId) : undefined);
  const email = (c.email ?? (provider === 'email' ? c.externalId : undefined))?.toLowerCase();

  const identity = await tx.contactIdentity.findFirst({ where: { provider, externalId: c.externalId } });
  let contactId = identity?.contactId;
  let created = false;

  if (!contactId && (phone || email)) {
    const known = await tx.contactIdentity.findFirst({
      where: { OR: [...(phone ? [{ phone }] : []), ...(email ? [{ email }] : [])] },
      orderBy: { createdAt: 'asc' },
    });
    contactId = known?.contactId;
  }
  if (!contactId) {
    const contact = await tx.contact.create({
      data: {
        workspaceId,
        name: c.name || c.handle || phone || email || 'Unknown customer',
        followerCount: c.followers,
        verified: c.verified ?? false,
        avatarUrl: c.avatarUrl,
        preferredChannel: provider,
      },
    });
    contactId = contact.id;
    created = true;
  }
  // A contact created just now has not been merged into anything.
  if (!created) contactId = await followMerges(tx, contactId);

  if (!identity) {
    await tx.contactIdentity.create({
      data: { workspaceId, contactId, provider, externalId: c.externalId, channelId, handle: c.handle, phone, email },
    });
  } else if (c.handle && identity.handle !== c.handle) {
    await tx.contactIdentity.update({ where: { id: identity.id }, data: { handle: c.handle } });
  }
  if (!created) {
    // Keep what providers tell us fresh: follower counts and verification change.
    const data: Record<string, unknown> = { lastSeenAt: new Date() };
    if (c.followers !== undefined) data.followerCount = c.followers;
    if (c.verified !== undefined) data.verified = c.verified;
    await tx.contact.update({ where: { id: contactId }, data });
  }
  return { contactId, created };
}

async function followMerges(tx: Tx, contactId: string): Promise<string> {
  let id = contactId;
  for (let i = 0; i < 5; i++) {
    const c = await tx.contact.findUnique({ where: { id }, select: { mergedIntoId: true } });
    if (!c?.mergedIntoId) return id;
    id = c.mergedIntoId;
  }
  return id;
}

// "+1 (415) 867-5309", "whatsapp:+14158675309", "14158675309" → "+14158675309"
export function normalisePhone(raw: string): string | undefined {
  const digits = raw.replace(/^whatsapp:/i, '').replace(/[^\d+]/g, '');
  const d = digits.replace(/^\+/, '');
  if (d.length < 6 || d.length > 16 || /\D/.test(d)) return undefined;
  return `+${d}`;
}
