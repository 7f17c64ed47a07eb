// Learning from corrections, end to end through ingest and the triage worker:
// an agent's tag added or removed becomes a TrainingExample, and a similar later
// message benefits — a missed tag is found, a wrong model tag is suppressed, and
// a tag the workspace invented is learned from examples alone. In Spanish,
// English and German, as customers write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { closeQueues } from '@/lib/queue/get-queue';
import { scopedDb } from '@/lib/tenancy';
import { tagConversation } from '@/lib/conversations/tag-conversation';
import { untagConversation } from '@/lib/conversations/untag-conversation';
import { startTriageWorker } from '@/workers/triage';
import { POST as postTag } from '@/app/api/v1/conversations/[id]/tags/route';
import { activeTags, createTriageWorkspace, ingestAndTriage } from '../helpers/triage-workspace';

let stopWorker: () => Promise<void>;

beforeAll(async () => {
  stopWorker = await startTriageWorker();
});

afterAll(async () => {
  await stopWorker();
  await closeQueues();
  await disconnectDb();
});

async function agentOf(ws: Awaited<ReturnType<typeof createTriageWorkspace>>) {
  return {
    db: scopedDb(ws.workspaceId),
    workspaceId: ws.workspaceId,
    actor: { type: 'user' as const, userId: ws.agent.user.id, membershipId: ws.agent.membership.id, name: 'Dana Kim', email: ws.agent.email },
  };
}

describe('learning from corrections', () => {
  it('a missed sales lead, tagged by an agent, is found on the next similar message', async () => {
    const ws = await createTriageWorkspace({ providers: ['whatsapp'] });
    const first = await ingestAndTriage(ws.channels.whatsapp, {
      text: 'Nuestro club de montaña somos 40 personas y queremos chaquetas iguales para todos, ¿con quién hablamos?',
    });
    expect(first.message.language).toBe('es');
    expect(await activeTags(first.conversationId)).toEqual([]); // the shipped model misses it

    const agent = await agentOf(ws);
    const added = await tagConversation(agent, { conversationId: first.conversationId, tag: 'sales_lead', note: 'group order for a club' });
    expect(added).toMatchObject({ changed: true, trainingMessageId: first.messageId });
    const example = await db.trainingExample.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, messageId: first.messageId, tagKey: 'sales_lead' } });
    expect(example).toMatchObject({ label: true, language: 'es', createdById: ws.agent.membership.id });
    expect(example.text).toContain('chaquetas iguales');
    expect(await activeTags(first.conversationId)).toEqual([expect.objectContaining({ key: 'sales_lead', source: 'agent', reason: 'group order for a club' })]);
    const event = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: first.conversationId, kind: 'tagged' } });
    expect(event.summary).toBe('tagged sales_lead (agent Dana Kim: group order for a club)');
    // Adding it again changes nothing.
    expect(await tagConversation(agent, { conversationId: first.conversationId, tag: 'sales_lead' })).toMatchObject({ changed: false });
    expect(await db.trainingExample.count({ where: { workspaceId: ws.workspaceId } })).toBe(1);

    const later = await ingestAndTriage(ws.channels.whatsapp, {
      text: 'Somos un club de senderismo de 35 personas y queremos chaquetas iguales para todo el grupo, ¿con quién hablo?',
    });
    const [lead] = await activeTags(later.conversationId);
    expect(lead).toMatchObject({ key: 'sales_lead', source: 'model', messageId: later.messageId });
    expect(lead.reason).toMatch(/^similar to a message an agent tagged sales_lead \(0\.\d\d similar\)$/);
    const tagged = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: later.conversationId, kind: 'tagged' } });
    expect(tagged.summary).toMatch(/^tagged sales_lead \(model, 0\.\d\d: similar to a message an agent tagged sales_lead/);
    // And it is routed like any lead: severity from the tag.
    expect((await db.conversation.findUniqueOrThrow({ where: { id: later.conversationId } })).severity).toBe(3);
  });

  it('a wrong model tag, removed by an agent, is not applied to the next similar message', async () => {
    const ws = await createTriageWorkspace({ providers: ['instagram'] });
    const joke = await ingestAndTriage(ws.channels.instagram, {
      text: 'The new trail collection is fire 🔥 my whole club wants it, the site crashed from all of us ordering lol',
    });
    const wrong = await activeTags(joke.conversationId);
    expect(wrong.map((t) => t.key)).toContain('technical_issue');

    const agent = await agentOf(ws);
    const removed = await untagConversation(agent, { conversationId: joke.conversationId, tag: 'technical_issue' });
    expect(removed).toMatchObject({ changed: true, trainingMessageId: joke.messageId });
    // Kept, marked removed, and learned from.
    const app = await db.tagApplication.findFirstOrThrow({ where: { conversationId: joke.conversationId, tag: { key: 'technical_issue' } } });
    expect(app.removedAt).toBeTruthy();
    expect(app.removedById).toBe(ws.agent.membership.id);
    expect(await db.trainingExample.findFirstOrThrow({ where: { messageId: joke.messageId, tagKey: 'technical_issue' } })).toMatchObject({ label: false });
    expect((await db.conversationEvent.findFirstOrThrow({ where: { conversationId: joke.conversationId, kind: 'untagged' } })).summary).toBe(
      'removed technical_issue (Dana Kim; it was applied by model)',
    );

    const later = await ingestAndTriage(ws.channels.instagram, {
      text: 'The new trail collection is fire 🔥 our whole club is ordering, pretty sure your site crashed because of us lol',
    });
    expect((await activeTags(later.conversationId)).map((t) => t.key)).not.toContain('technical_issue');
    const triage = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: later.conversationId, kind: 'triage' } });
    expect(triage.summary).toMatch(/^no tag: not technical_issue: similar to a message where an agent removed technical_issue \(0\.\d\d similar\)$/);
  });

  it('a custom workspace tag is learned from examples alone, and the API takes corrections too', async () => {
    const ws = await createTriageWorkspace({ providers: ['email'], customTags: [{ key: 'warranty_claim', name: 'Warranty claim', description: 'A product broke within its warranty' }] });
    const first = await ingestAndTriage(ws.channels.email, {
      subject: 'Reißverschluss kaputt',
      text: 'Ich habe die Jacke letzte Woche gekauft und der Reißverschluss ist schon kaputt, ich möchte sie unter Garantie ersetzen lassen.',
    });
    expect((await activeTags(first.conversationId)).map((t) => t.key)).not.toContain('warranty_claim');

    const res = await postTag(
      new Request(`http://switchboard.test/api/v1/conversations/${first.conversationId}/tags`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ws.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tag: 'warranty_claim' }),
      }),
      { params: Promise.resolve({ id: first.conversationId }) },
    );
    expect(res.status).toBe(201);
    const example = await db.trainingExample.findFirstOrThrow({ where: { messageId: first.messageId, tagKey: 'warranty_claim' } });
    expect(example).toMatchObject({ label: true, language: 'de' });
    expect(example.text).toBe('Reißverschluss kaputt\nIch habe die Jacke letzte Woche gekauft und der Reißverschluss ist schon kaputt, ich möchte sie unter Garantie ersetzen lassen.');

    const later = await ingestAndTriage(ws.channels.email, {
      subject: 'Garantie',
      text: 'Der Reißverschluss meiner Jacke ist nach einem Monat kaputt, kann ich sie unter Garantie ersetzen lassen?',
    });
    const tags = await activeTags(later.conversationId);
    expect(tags.find((t) => t.key === 'warranty_claim')).toMatchObject({ source: 'model', reason: expect.stringMatching(/^similar to a message an agent tagged warranty_claim/) });

    // An unknown tag is a clear 400 and changes nothing; another workspace's conversation is 404.
    const other = await createTriageWorkspace();
    const applied = await db.tagApplication.count({ where: { conversationId: first.conversationId } });
    const bad = await postTag(
      new Request('http://switchboard.test/x', { method: 'POST', headers: { authorization: `Bearer ${ws.apiKey}` }, body: JSON.stringify({ tag: 'no_such_tag' }) }),
      { params: Promise.resolve({ id: first.conversationId }) },
    );
    expect(bad.status).toBe(400);
    const foreign = await postTag(
      new Request('http://switchboard.test/x', { method: 'POST', headers: { authorization: `Bearer ${other.apiKey}` }, body: JSON.stringify({ tag: 'incident' }) }),
      { params: Promise.resolve({ id: first.conversationId }) },
    );
    expect(foreign.status).toBe(404);
    expect(await db.tagApplication.count({ where: { conversationId: first.conversationId } })).toBe(applied);
    expect(await db.trainingExample.count({ where: { workspaceId: other.workspaceId } })).toBe(0);
  });
});
