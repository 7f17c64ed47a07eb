import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { scopedDb } from '@/lib/tenancy';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

describe('scopedDb', () => {
  it('never reads, updates or deletes another workspace’s rows', async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const { conversation: convB, message: msgB, contact: contactB } = await createTestConversation(b.workspace.id, b.channel.id);
    const asA = scopedDb(a.workspace.id);

    expect(await asA.conversation.findUnique({ where: { id: convB.id } })).toBeNull();
    expect(await asA.message.findFirst({ where: { id: msgB.id } })).toBeNull();
    expect(await asA.contact.findMany({ where: { id: contactB.id } })).toEqual([]);
    expect(await asA.conversation.count({ where: { id: convB.id } })).toBe(0);
    await expect(asA.conversation.update({ where: { id: convB.id }, data: { status: 'resolved' } })).rejects.toMatchObject({ code: 'P2025' });
    expect((await asA.conversation.updateMany({ where: { id: convB.id }, data: { status: 'resolved' } })).count).toBe(0);
    expect((await asA.message.deleteMany({ where: { id: msgB.id } })).count).toBe(0);
    // A filter that names the other workspace explicitly is still confined.
    expect(await asA.conversation.findMany({ where: { workspaceId: b.workspace.id } })).toEqual([]);
    expect(await asA.teamMember.findMany({ where: { teamId: b.team.id } })).toEqual([]);

    const after = await db.conversation.findUniqueOrThrow({ where: { id: convB.id } });
    expect(after.status).toBe('open');
    expect(await db.message.count({ where: { id: msgB.id } })).toBe(1);
  });

  it('stamps new rows with its own workspace, whatever the caller passes', async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const asA = scopedDb(a.workspace.id);
    const contact = await asA.contact.create({ data: { name: 'Ann', workspaceId: b.workspace.id } as never });
    expect(contact.workspaceId).toBe(a.workspace.id);
    await asA.contact.createMany({ data: [{ name: 'Bo' } as never, { name: 'Cy' } as never] });
    expect(await db.contact.count({ where: { workspaceId: a.workspace.id, name: { in: ['Bo', 'Cy'] } } })).toBe(2);
    expect(await db.contact.count({ where: { workspaceId: b.workspace.id } })).toBe(0);
  });
});
