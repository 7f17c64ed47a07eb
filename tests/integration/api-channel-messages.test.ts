import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { POST } from '@/app/api/v1/channels/[id]/messages/route';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

const post = (channelId: string, body: unknown, key?: string) =>
  POST(
    new Request(`http://test/api/v1/channels/${channelId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: channelId }) },
  );

const review = {
  externalId: 'review-1001',
  contact: { name: 'Marta Díaz', handle: 'marta_d', email: 'Marta@Example.com', followers: 320 },
  text: 'Las botas llegaron rotas, quiero un reembolso',
  subject: '1 star review',
  attachments: [{ type: 'image', name: 'boots.jpg', url: 'https://reviews.example.com/boots.jpg' }],
  sentAt: '2026-11-22T08:15:00Z',
  url: 'https://reviews.example.com/r/1001',
};

describe('POST /api/v1/channels/:id/messages', () => {
  it('answers 201 with ids, then 200 with the same ids for a repeated externalId', async () => {
    const ws = await createTestWorkspace();
    const first = await post(ws.channel.id, review, ws.apiKey);
    expect(first.status).toBe(201);
    const a = await first.json();
    expect(a).toMatchObject({ messageId: expect.any(String), conversationId: expect.any(String), duplicate: false });
    const again = await post(ws.channel.id, review, ws.apiKey);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ messageId: a.messageId, conversationId: a.conversationId, duplicate: true });
    const m = await db.message.findUniqueOrThrow({ where: { id: a.messageId }, include: { contact: { include: { identities: true } } } });
    expect(m.text).toBe(review.text);
    expect(m.sentAt.toISOString()).toBe('2026-11-22T08:15:00.000Z');
    expect(m.attachments).toEqual(review.attachments);
    expect(m.meta).toMatchObject({ url: review.url });
    expect(m.contact?.identities[0]).toMatchObject({ provider: 'api', externalId: 'marta_d', email: 'marta@example.com' });
    expect(await db.message.count({ where: { channelId: ws.channel.id } })).toBe(1);
  });

  it('refuses bad input with a 4xx JSON error and writes nothing', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const cases: [unknown, number, string?][] = [
      ['{not json', 400],
      [{ ...review, externalId: '' }, 400],
      [{ ...review, contact: { handle: 'x' } }, 400],
      [{ ...review, sentAt: 'yesterday' }, 400],
      [{ ...review, unknownField: 1 }, 400],
      [{ ...review, text: '', attachments: [] }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await post(ws.channel.id, body, ws.apiKey);
      expect(res.status).toBe(status);
      expect((await res.json()).error.message).toEqual(expect.any(String));
    }
    expect((await post(ws.channel.id, review)).status).toBe(401);
    expect((await post(ws.channel.id, review, 'sb_wrong')).status).toBe(401);
    // Another workspace's channel, an unknown id, a non-API channel: 404.
    expect((await post(other.channel.id, review, ws.apiKey)).status).toBe(404);
    expect((await post('nope', review, ws.apiKey)).status).toBe(404);
    const sms = await db.channel.create({ data: { workspaceId: ws.workspace.id, provider: 'sms', name: 'SMS' } });
    expect((await post(sms.id, review, ws.apiKey)).status).toBe(404);
    const big = await post(ws.channel.id, { ...review, text: 'x'.repeat(1024 * 1024 + 10) }, ws.apiKey);
    expect(big.status).toBe(413);
    expect(await db.message.count({ where: { workspaceId: { in: [ws.workspace.id, other.workspace.id] } } })).toBe(0);
    expect(await db.contact.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
  });
});
