// Merging two contacts against the real database: identities, conversations
// and messages move to the kept contact in one transaction, the other is
// marked merged (and still resolves to the kept one), facts combine, an audit
// row and timeline events are written; a contact of another workspace is a
// 404 and nothing changes; a contact cannot be merged into itself.
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { closeQueues } from '@/lib/queue/get-queue';
import { scopedDb } from '@/lib/tenancy';
import { mergeContacts } from '@/lib/contacts/merge-contacts';
import { getContact } from '@/lib/contacts/get-contact';
import { runWorkspaceAction } from '@/lib/actions/workspace-action';
import { mergeContactsInput } from '@/lib/contacts/merge-contacts';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(async () => {
  await closeQueues();
  await disconnectDb();
});

type Ws = Awaited<ReturnType<typeof createTestWorkspace>>;

const ctxOf = (ws: Ws) => ({
  db: scopedDb(ws.workspace.id),
  workspaceId: ws.workspace.id,
  actor: { type: 'user' as const, userId: ws.agent.user.id, membershipId: ws.agent.membership.id, name: ws.agent.user.name, email: ws.agent.email },
});

// A contact with one identity and one conversation of `n` inbound messages.
async function contactWithConversation(ws: Ws, name: string, extra: Record<string, unknown> = {}, n = 2) {
  const workspaceId = ws.workspace.id;
  const contact = await db.contact.create({ data: { workspaceId, name, ...extra } });
  await db.contactIdentity.create({ data: { workspaceId, contactId: contact.id, provider: 'api', externalId: `${name}-${crypto.randomUUID()}`, handle: `@${name}` } });
  const conversation = await db.conversation.create({ data: { workspaceId, channelId: ws.channel.id, contactId: contact.id, preview: `hi from ${name}` } });
  for (let i = 0; i < n; i++) {
    await db.message.create({ data: { workspaceId, conversationId: conversation.id, channelId: ws.channel.id, direction: 'in', contactId: contact.id, text: `${name} ${i}`, providerMessageId: crypto.randomUUID() } });
  }
  return { contact, conversation };
}

const snapshot = async (contactId: string) => ({
  contact: await db.contact.findUniqueOrThrow({ where: { id: contactId } }),
  identities: await db.contactIdentity.count({ where: { contactId } }),
  conversations: await db.conversation.count({ where: { contactId } }),
  messages: await db.message.count({ where: { contactId } }),
});

describe('merging contacts', () => {
  it('moves identities, conversations and messages to the kept contact and marks the other merged', async () => {
    const ws = await createTestWorkspace();
    const keep = await contactWithConversation(ws, 'ana', { notes: 'Prefers calls', followerCount: 10 }, 2);
    const other = await contactWithConversation(ws, 'ana_ig', { notes: 'Ordered for a school', isVip: true, followerCount: 900, preferredChannel: 'instagram' }, 3);
    // A contact merged into `other` earlier now points at the kept one.
    const older = await db.contact.create({ data: { workspaceId: ws.workspace.id, name: 'ana_old', mergedIntoId: other.contact.id } });

    const result = await mergeContacts(ctxOf(ws), { keepId: keep.contact.id, mergeId: other.contact.id });
    expect(result).toEqual({ keptId: keep.contact.id, mergedId: other.contact.id, moved: { identities: 1, conversations: 1, messages: 3 } });

    const kept = await snapshot(keep.contact.id);
    expect(kept).toMatchObject({ identities: 2, conversations: 2, messages: 5 });
    expect(kept.contact).toMatchObject({ name: 'ana', isVip: true, followerCount: 900, preferredChannel: 'instagram', notes: 'Prefers calls\n\nFrom ana_ig: Ordered for a school', mergedIntoId: null });
    const gone = await snapshot(other.contact.id);
    expect(gone).toMatchObject({ identities: 0, conversations: 0, messages: 0 });
    expect(gone.contact.mergedIntoId).toBe(keep.contact.id);
    expect((await db.contact.findUniqueOrThrow({ where: { id: older.id } })).mergedIntoId).toBe(keep.contact.id);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: other.conversation.id } })).contactId).toBe(keep.contact.id);

    // The old id still answers, as the kept contact.
    const viaOld = await getContact({ db: scopedDb(ws.workspace.id) }, other.contact.id);
    expect(viaOld.id).toBe(keep.contact.id);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, action: 'contact.merge' } });
    expect(audit).toMatchObject({ targetId: keep.contact.id, actorId: ws.agent.membership.id, data: { mergedId: other.contact.id, identities: 1, conversations: 1, messages: 3 } });
    const event = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: other.conversation.id, kind: 'contact_merged' } });
    expect(event.summary).toContain('ana_ig merged into ana');
    // The kept contact's own conversation records it too.
    expect(await db.conversationEvent.count({ where: { conversationId: keep.conversation.id, kind: 'contact_merged' } })).toBe(1);

    // Merging again (the other is already merged) is refused and changes nothing.
    await expect(mergeContacts(ctxOf(ws), { keepId: keep.contact.id, mergeId: other.contact.id })).rejects.toMatchObject({ status: 409 });
  });

  it('answers 404 for a contact of another workspace, either way round, and changes nothing', async () => {
    const ws = await createTestWorkspace();
    const foreignWs = await createTestWorkspace();
    const mine = await contactWithConversation(ws, 'mine');
    const theirs = await contactWithConversation(foreignWs, 'theirs');
    const before = { mine: await snapshot(mine.contact.id), theirs: await snapshot(theirs.contact.id) };

    await expect(mergeContacts(ctxOf(ws), { keepId: mine.contact.id, mergeId: theirs.contact.id })).rejects.toMatchObject({ status: 404 });
    await expect(mergeContacts(ctxOf(ws), { keepId: theirs.contact.id, mergeId: mine.contact.id })).rejects.toMatchObject({ status: 404 });
    // Through the server action's wrapper too: one JSON error shape, 404.
    const caller = { workspaceId: ws.workspace.id, role: 'agent' as const, actor: ctxOf(ws).actor };
    const answer = await runWorkspaceAction(caller, { input: mergeContactsInput, role: 'agent' }, (ctx, input) => mergeContacts(ctx, input), { keepId: mine.contact.id, mergeId: theirs.contact.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect({ mine: await snapshot(mine.contact.id), theirs: await snapshot(theirs.contact.id) }).toEqual(before);
    expect(await db.auditEvent.count({ where: { workspaceId: { in: [ws.workspace.id, foreignWs.workspace.id] }, action: 'contact.merge' } })).toBe(0);
  });

  it('refuses to merge a contact into itself', async () => {
    const ws = await createTestWorkspace();
    const a = await contactWithConversation(ws, 'solo');
    await expect(mergeContacts(ctxOf(ws), { keepId: a.contact.id, mergeId: a.contact.id })).rejects.toMatchObject({ status: 400 });
    expect((await db.contact.findUniqueOrThrow({ where: { id: a.contact.id } })).mergedIntoId).toBeNull();
  });
});
