// An internal note that @mentions colleagues notifies each of them once
// (dedupe key per note and recipient, so a retried write adds nothing). Runs
// inside the note's transaction, so the note and its notifications commit
// together; the caller publishes `notification.created` after the commit.
// The author is never notified of their own mention; inactive members are not
// candidates.
import type { ScopedDb } from '@/lib/tenancy';
import { parseMentions } from './parse-mentions';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

export type MentionNote = { id: string; conversationId: string; text: string; createdAt: Date };

const BODY_CHARS = 280;

export async function notifyMentions(tx: Tx, workspaceId: string, note: MentionNote, author: { membershipId: string | null; name: string }): Promise<string[]> {
  // Most notes mention nobody: no member lookup for them.
  if (!/[@＠]/.test(note.text)) return [];
  const members = await tx.membership.findMany({ where: { active: true }, select: { id: true, user: { select: { name: true, email: true } } } });
  const mentioned = parseMentions(
    note.text,
    members.map((m) => ({ membershipId: m.id, name: m.user.name, email: m.user.email })),
  ).filter((id) => id !== author.membershipId);
  if (!mentioned.length) return [];
  const body = note.text.replace(/\s+/g, ' ').trim();
  await tx.notification.createMany({
    data: mentioned.map((recipientId) => ({
      workspaceId,
      recipientId,
      kind: 'mention',
      title: `${author.name} mentioned you in a note`,
      body: body.length > BODY_CHARS ? `${body.slice(0, BODY_CHARS - 1)}…` : body,
      conversationId: note.conversationId,
      dedupeKey: `mention:${note.id}:${recipientId}`,
      data: { messageId: note.id },
      createdAt: note.createdAt,
    })),
    skipDuplicates: true,
  });
  return mentioned;
}
