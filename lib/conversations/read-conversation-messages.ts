// The latest messages of one conversation, newest first, in the shape the
// conversation page and the API show, as one SQL statement. Through Prisma
// (`include: { author: { user }, channel }`) a 250-message thread was four
// queries (two with 250 bound ids) plus the mapping of every column (meta
// included) of every row in JS: about half of getConversation's time. Here
// Postgres joins the author's name and the provider once and sends only the
// columns we show. Raw SQL: the workspace is in the WHERE.
import { Prisma } from '@/lib/generated/prisma/client';
import type { DeliveryStatus, MessageDirection, Provider } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/tenancy';

export type ConversationMessage = {
  id: string;
  direction: MessageDirection;
  provider: Provider;
  providerMessageId: string | null;
  subject: string | null;
  text: string;
  html: string | null;
  attachments: Prisma.JsonValue;
  status: DeliveryStatus;
  providerError: string | null;
  language: string | null;
  triagedAt: Date | null;
  author: { id: string; name: string } | null;
  contactId: string | null;
  sentAt: Date;
  deliveredAt: Date | null;
  readAt: Date | null;
  createdAt: Date;
};

type Row = Omit<ConversationMessage, 'author'> & { authorId: string | null; authorName: string | null };

export async function readConversationMessages(db: ScopedDb, workspaceId: string, conversationId: string, take: number): Promise<ConversationMessage[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT m.id, m.direction::text AS direction, ch.provider::text AS provider, m."providerMessageId", m.subject, m.text, m.html,
           m.attachments, m.status::text AS status, m."providerError", m.language, m."triagedAt", m."authorId", u.name AS "authorName",
           m."contactId", m."sentAt", m."deliveredAt", m."readAt", m."createdAt"
    FROM "Message" m
    JOIN "Channel" ch ON ch.id = m."channelId"
    LEFT JOIN "Membership" a ON a.id = m."authorId"
    LEFT JOIN "User" u ON u.id = a."userId"
    WHERE m."conversationId" = ${conversationId} AND m."workspaceId" = ${workspaceId}
    ORDER BY m."createdAt" DESC, m.id DESC
    LIMIT ${take}`;
  return rows.map((m) => ({
    id: m.id,
    direction: m.direction,
    provider: m.provider,
    providerMessageId: m.providerMessageId,
    subject: m.subject,
    text: m.text,
    html: m.html,
    attachments: m.attachments,
    status: m.status,
    providerError: m.providerError,
    language: m.language,
    // When triage ran on it (inbound messages); null while it waits for the triage worker.
    triagedAt: m.triagedAt,
    author: m.authorId && m.authorName !== null ? { id: m.authorId, name: m.authorName } : null,
    contactId: m.contactId,
    sentAt: m.sentAt,
    deliveredAt: m.deliveredAt,
    readAt: m.readAt,
    createdAt: m.createdAt,
  }));
}
