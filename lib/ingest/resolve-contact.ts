// Finds or creates the contact behind an inbound message. A returning customer
// is recognised by their identity on this provider, or else by a phone number
// or email address we already know from another channel (WhatsApp and SMS
// share a phone; email and chat share an address). Runs inside the ingest
// transaction, with plain SQL (the webhook hot path).
import type { Sql } from '@/lib/db';
import { uuidv7 } from '@/lib/ids';
import type { Provider } from '@/lib/generated/prisma/enums';
import type { InboundContact } from '@/lib/ingest/inbound-message';

type IdentityRow = { id: string; contactId: string; handle: string | null; mergedIntoId: string | null };

export async function resolveContact(sql: Sql, workspaceId: string, provider: Provider, channelId: string, c: InboundContact, now: Date): Promise<{ contactId: string; created: boolean }> {
  const phone = c.phone ?? (provider === 'sms' || provider === 'whatsapp' ? normalisePhone(c.externalId) : undefined);
  const email = (c.email ?? (provider === 'email' ? c.externalId : undefined))?.toLowerCase();
  const at = now.toISOString();

  const [identity] = await sql<IdentityRow>(
    `SELECT i.id, i."contactId", i.handle, c."mergedIntoId" FROM "ContactIdentity" i JOIN "Contact" c ON c.id = i."contactId"
     WHERE i."workspaceId" = $1 AND i.provider = $2::"Provider" AND i."externalId" = $3`,
    [workspaceId, provider, c.externalId],
  );
  let contactId = identity?.contactId;
  let mergedInto = identity?.mergedIntoId ?? null;

  if (!contactId && (phone || email)) {
    const [known] = await sql<{ contactId: string; mergedIntoId: string | null }>(
      `SELECT i."contactId", c."mergedIntoId" FROM "ContactIdentity" i JOIN "Contact" c ON c.id = i."contactId"
       WHERE i."workspaceId" = $1 AND ((i.phone = $2::text AND $2::text IS NOT NULL) OR (i.email = $3::text AND $3::text IS NOT NULL))
       ORDER BY i."createdAt" LIMIT 1`,
      [workspaceId, phone ?? null, email ?? null],
    );
    contactId = known?.contactId;
    mergedInto = known?.mergedIntoId ?? null;
  }

  let created = false;
  if (!contactId) {
    contactId = uuidv7(now.getTime());
    created = true;
    await sql(
      `INSERT INTO "Contact" (id, "workspaceId", name, "followerCount", verified, "avatarUrl", "preferredChannel", "lastSeenAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7::"Provider", $8, $8, $8)`,
      [contactId, workspaceId, c.name || c.handle || phone || email || 'Unknown customer', c.followers ?? null, c.verified ?? false, c.avatarUrl ?? null, provider, at],
    );
  } else if (mergedInto) {
    contactId = await followMerges(sql, workspaceId, mergedInto);
  }

  if (!identity) {
    await sql(
      `INSERT INTO "ContactIdentity" (id, "workspaceId", "contactId", provider, "externalId", "channelId", handle, phone, email, "createdAt")
       VALUES ($1, $2, $3, $4::"Provider", $5, $6, $7, $8, $9, $10)`,
      [uuidv7(now.getTime()), workspaceId, contactId, provider, c.externalId, channelId, c.handle ?? null, phone ?? null, email ?? null, at],
    );
  } else if (c.handle && identity.handle !== c.handle) {
    await sql(`UPDATE "ContactIdentity" SET handle = $3 WHERE "workspaceId" = $1 AND id = $2`, [workspaceId, identity.id, c.handle]);
  }
  if (!created) {
    // Keep what providers tell us fresh: follower counts and verification change.
    await sql(
      `UPDATE "Contact" SET "lastSeenAt" = $3, "updatedAt" = $3,
         "followerCount" = COALESCE($4, "followerCount"), verified = COALESCE($5, verified)
       WHERE "workspaceId" = $1 AND id = $2`,
      [workspaceId, contactId, at, c.followers ?? null, c.verified ?? null],
    );
  }
  return { contactId, created };
}

async function followMerges(sql: Sql, workspaceId: string, start: string): Promise<string> {
  let id = start;
  for (let i = 0; i < 5; i++) {
    const [c] = await sql<{ mergedIntoId: string | null }>(`SELECT "mergedIntoId" FROM "Contact" WHERE "workspaceId" = $1 AND id = $2`, [workspaceId, id]);
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
