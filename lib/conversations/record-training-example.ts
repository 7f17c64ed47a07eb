// An agent's tag correction becomes a training example for the workspace's
// classifier (lib/triage/classifier/learn-from-examples.ts): label true when the
// agent added the tag, false when they removed it. One example per message and
// tag: a later correction of the same message overrides the earlier one.
import type { ScopedDb } from '@/lib/tenancy';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

// The message the correction is about: the one the tag came from (a removal of a
// model tag) if given and inbound, else the conversation's latest inbound message.
export async function recordTrainingExample(
  tx: Tx,
  args: { workspaceId: string; conversationId: string; tagKey: string; label: boolean; messageId?: string | null; createdById: string },
): Promise<{ messageId: string } | null> {
  const select = { id: true, text: true, subject: true, language: true } as const;
  const message =
    (args.messageId ? await tx.message.findFirst({ where: { id: args.messageId, conversationId: args.conversationId, direction: 'in' }, select }) : null) ??
    (await tx.message.findFirst({ where: { conversationId: args.conversationId, direction: 'in' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select }));
  if (!message) return null; // nothing a customer wrote: nothing to learn from
  const text = [message.subject, message.text].filter(Boolean).join('\n');
  if (!text.trim()) return null;
  const { workspaceId, tagKey, label, createdById } = args;
  await tx.trainingExample.upsert({
    where: { workspaceId_messageId_tagKey: { workspaceId, messageId: message.id, tagKey } },
    create: { workspaceId, messageId: message.id, tagKey, label, text, language: message.language, createdById },
    update: { label, text, language: message.language, createdById, createdAt: new Date() },
  });
  return { messageId: message.id };
}
