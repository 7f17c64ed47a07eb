// GET /api/v1/contacts/:id: the contact, every identity, their conversations.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { GET as contactRoute } from '@/app/api/v1/contacts/[id]/route';
import { callRoute, isErrorBody } from '../helpers/call-route';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

const getContact = (id: string, key: string) => callRoute(contactRoute, `/api/v1/contacts/${encodeURIComponent(id)}`, { key, params: { id } });

describe('GET /api/v1/contacts/:id', () => {
  it('returns the contact with its identities (oldest first) and conversations (newest first)', async () => {
    const ws = await createTestWorkspace();
    const wid = ws.workspace.id;
    const email = await db.channel.create({ data: { workspaceId: wid, provider: 'email', name: 'Support email' } });
    const contact = await db.contact.create({ data: { workspaceId: wid, name: 'María García', isVip: true, followerCount: 48_000, plan: 'enterprise', language: 'es' } });
    const t = Date.now();
    await db.contactIdentity.create({ data: { workspaceId: wid, contactId: contact.id, provider: 'x', externalId: '1234567', handle: '@mariag', createdAt: new Date(t - 3000) } });
    await db.contactIdentity.create({ data: { workspaceId: wid, contactId: contact.id, provider: 'email', externalId: 'maria@example.es', email: 'maria@example.es', channelId: email.id, createdAt: new Date(t - 2000) } });
    await db.contactIdentity.create({ data: { workspaceId: wid, contactId: contact.id, provider: 'whatsapp', externalId: '+34600000000', phone: '+34600000000', createdAt: new Date(t - 1000) } });
    const older = await db.conversation.create({ data: { workspaceId: wid, channelId: email.id, contactId: contact.id, status: 'resolved', severity: 3, lastMessageAt: new Date(t - 86_400_000), preview: 'Factura de octubre' } });
    const newer = await db.conversation.create({ data: { workspaceId: wid, channelId: ws.channel.id, contactId: contact.id, severity: 1, priority: 400_000_000, teamId: ws.team.id, lastMessageAt: new Date(t - 60_000), preview: 'La app no carga' } });
    // Someone else's conversation in the same workspace is not hers.
    const other = await db.contact.create({ data: { workspaceId: wid, name: 'Someone else' } });
    await db.conversation.create({ data: { workspaceId: wid, channelId: ws.channel.id, contactId: other.id } });

    const r = await getContact(contact.id, ws.apiKey);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: contact.id, name: 'María García', isVip: true, followerCount: 48_000, plan: 'enterprise', language: 'es' });
    expect(r.body.identities.map((i: { provider: string }) => i.provider)).toEqual(['x', 'email', 'whatsapp']);
    expect(r.body.identities[0]).toMatchObject({ externalId: '1234567', handle: '@mariag' });
    expect(r.body.identities[1]).toMatchObject({ email: 'maria@example.es', channelId: email.id });
    expect(r.body.identities[2]).toMatchObject({ phone: '+34600000000' });
    expect(r.body.conversations.map((c: { id: string }) => c.id)).toEqual([newer.id, older.id]);
    expect(r.body.conversations[0]).toMatchObject({ status: 'open', severity: 1, preview: 'La app no carga', team: { key: 'support' }, channel: { provider: 'api' }, tags: [] });
    expect(r.body.conversations[1]).toMatchObject({ status: 'resolved', channel: { id: email.id, provider: 'email' } });
  });

  it('answers a contact without identities or conversations with empty lists', async () => {
    const ws = await createTestWorkspace();
    const contact = await db.contact.create({ data: { workspaceId: ws.workspace.id, name: 'New person' } });
    const r = await getContact(contact.id, ws.apiKey);
    expect(r.status).toBe(200);
    expect(r.body.identities).toEqual([]);
    expect(r.body.conversations).toEqual([]);
  });

  it('answers 404 JSON for an unknown id, 400 for an oversized one, 401 without a key', async () => {
    const ws = await createTestWorkspace();
    const missing = await getContact('0190aaaa-0000-7000-8000-000000000000', ws.apiKey);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'not_found', message: 'Contact not found' } });
    const long = await getContact('c'.repeat(65), ws.apiKey);
    expect(long.status).toBe(400);
    expect(isErrorBody(long.body)).toBe(true);
    const contact = await db.contact.create({ data: { workspaceId: ws.workspace.id, name: 'Guarded' } });
    const anon = await callRoute(contactRoute, `/api/v1/contacts/${contact.id}`, { params: { id: contact.id } });
    expect(anon.status).toBe(401);
    expect(JSON.stringify(anon.body)).not.toContain('Guarded');
  });
});
