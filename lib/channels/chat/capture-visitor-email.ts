// A visitor leaves an email address. It becomes an email identity of the
// visitor's contact, so a later email from that address (or a chat from
// another device that leaves it) lands on the same customer. When the address
// already belongs to another contact, this visitor's identity and chat
// conversations move to that contact (the older, known customer), with a
// timeline entry saying why; the visitor's own history stays theirs alone
// (it is keyed by visitor, see chat-topic.ts).
// The answer never says whether the address was known (no enumeration).
// The same advisory locks as ingest serialise this with a concurrent first
// message or an email arriving from that address.
import type { LoadedChannel } from '@/lib/channels/load-channel';
import { scopedDb, type ScopedDb } from '@/lib/tenancy';
import { visitorThreadKey } from '@/lib/channels/chat/chat-topic';
import { isGeneratedVisitorName, visitorDisplayName } from '@/lib/channels/chat/visitor-name';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];
export type CaptureOutcome = 'created' | 'added' | 'linked' | 'merged' | 'unchanged';

export async function captureVisitorEmail(channel: LoadedChannel, input: { visitorId: string; email: string; name?: string }): Promise<CaptureOutcome> {
  const workspaceId = channel.channel.workspaceId;
  const email = input.email.trim().toLowerCase();
  const db = scopedDb(workspaceId);
  return db.$transaction(
    async (tx) => {
      for (const key of [`ingest:${workspaceId}:chat:${input.visitorId}`, `ingest:${workspaceId}:email:${email}`]) {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
      }
      const chat = await tx.contactIdentity.findFirst({ where: { provider: 'chat', externalId: input.visitorId } });
      const known = await tx.contactIdentity.findFirst({ where: { provider: 'email', externalId: email } });
      const owner = known ? await followMerges(tx, known.contactId) : null;

      if (!chat) {
        const contactId = owner ?? (await tx.contact.create({ data: { workspaceId, name: input.name ?? visitorDisplayName(input.visitorId), preferredChannel: 'chat' } })).id;
        await tx.contactIdentity.create({ data: { workspaceId, contactId, provider: 'chat', externalId: input.visitorId, channelId: channel.channel.id, email } });
        if (!known) await tx.contactIdentity.create({ data: { workspaceId, contactId, provider: 'email', externalId: email, email } });
        return owner ? 'linked' : 'created';
      }

      if (chat.email !== email) await tx.contactIdentity.update({ where: { id: chat.id }, data: { email } });
      await nameContact(tx, chat.contactId, input.name);
      if (!known) {
        await tx.contactIdentity.create({ data: { workspaceId, contactId: chat.contactId, provider: 'email', externalId: email, email } });
        return 'added';
      }
      if (owner === chat.contactId) return 'unchanged';
      await moveVisitor(tx, workspaceId, channel.channel.id, input.visitorId, chat.id, chat.contactId, owner!, email);
      return 'merged';
    },
    { timeout: 10_000, maxWait: 10_000 },
  );
}

async function nameContact(tx: Tx, contactId: string, name: string | undefined) {
  if (!name) return;
  const c = await tx.contact.findUnique({ where: { id: contactId }, select: { name: true } });
  // Only replace a generated "Visitor 1234", never a name an agent or another channel gave.
  if (c && isGeneratedVisitorName(c.name)) await tx.contact.update({ where: { id: contactId }, data: { name } });
}

async function moveVisitor(tx: Tx, workspaceId: string, channelId: string, visitorId: string, identityId: string, from: string, to: string, email: string) {
  await tx.contactIdentity.update({ where: { id: identityId }, data: { contactId: to } });
  const conversations = await tx.conversation.findMany({ where: { channelId, contactId: from, threadKey: visitorThreadKey(visitorId) }, select: { id: true } });
  const ids = conversations.map((c) => c.id);
  if (ids.length) {
    await tx.conversation.updateMany({ where: { id: { in: ids } }, data: { contactId: to } });
    await tx.message.updateMany({ where: { conversationId: { in: ids }, contactId: from }, data: { contactId: to } });
    const target = await tx.contact.findUnique({ where: { id: to }, select: { name: true } });
    for (const conversationId of ids) {
      await tx.conversationEvent.create({
        data: {
          workspaceId,
          conversationId,
          kind: 'contact',
          summary: `linked to ${target?.name ?? 'an existing contact'}: the visitor left ${email}, an address we already knew (not verified)`,
          data: { from, to, email, reason: 'chat_email' },
        },
      });
    }
  }
  // A contact left with nothing is merged, so old links to it still lead somewhere.
  if (!(await tx.contactIdentity.count({ where: { contactId: from } }))) {
    await tx.contact.update({ where: { id: from }, data: { mergedIntoId: to } });
  }
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
