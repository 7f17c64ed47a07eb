import { describe, expect, it } from 'vitest';
import { scopeArgs } from '@/lib/tenancy';

const WS = 'ws-a';

describe('scopeArgs', () => {
  it('adds the workspace to unique lookups, updates and deletes', () => {
    for (const op of ['findUnique', 'findUniqueOrThrow', 'update', 'delete']) {
      expect(scopeArgs('Conversation', op, { where: { id: 'c1' } }, WS).where).toEqual({ id: 'c1', workspaceId: WS });
    }
  });

  it('a caller cannot override the workspace in a unique lookup', () => {
    expect(scopeArgs('Conversation', 'findUnique', { where: { id: 'c1', workspaceId: 'ws-b' } }, WS).where).toEqual({ id: 'c1', workspaceId: WS });
  });

  it('ANDs the workspace onto filters, so an OR in the caller’s filter cannot escape it', () => {
    const where = { OR: [{ status: 'open' }, { workspaceId: 'ws-b' }] };
    for (const op of ['findFirst', 'findMany', 'count', 'aggregate', 'groupBy', 'updateMany', 'deleteMany', 'updateManyAndReturn']) {
      expect(scopeArgs('Conversation', op, { where }, WS).where).toEqual({ AND: [where, { workspaceId: WS }] });
    }
    expect(scopeArgs('Message', 'findMany', {}, WS).where).toEqual({ workspaceId: WS });
  });

  it('stamps created rows with the workspace, whatever the caller passed', () => {
    expect(scopeArgs('Contact', 'create', { data: { name: 'Ann', workspaceId: 'ws-b' } }, WS).data).toEqual({ name: 'Ann', workspaceId: WS });
    expect(scopeArgs('Contact', 'createMany', { data: [{ name: 'A' }, { name: 'B', workspaceId: 'ws-b' }] }, WS).data).toEqual([
      { name: 'A', workspaceId: WS },
      { name: 'B', workspaceId: WS },
    ]);
    expect(scopeArgs('Contact', 'createManyAndReturn', { data: { name: 'C' } }, WS).data).toEqual([{ name: 'C', workspaceId: WS }]);
  });

  it('scopes both halves of an upsert', () => {
    const out = scopeArgs('Tag', 'upsert', { where: { id: 't1' }, create: { key: 'vip', workspaceId: 'ws-b' }, update: { name: 'VIP' } }, WS);
    expect(out.where).toEqual({ id: 't1', workspaceId: WS });
    expect(out.create).toEqual({ key: 'vip', workspaceId: WS });
    expect(out.update).toEqual({ name: 'VIP' });
  });

  it('scopes team members through their team, and workspaces by id', () => {
    expect(scopeArgs('TeamMember', 'findMany', { where: { membershipId: 'm1' } }, WS).where).toEqual({
      AND: [{ membershipId: 'm1' }, { team: { workspaceId: WS } }],
    });
    // TeamMember has no workspaceId column: creates are not stamped (the team id carries it).
    expect(scopeArgs('TeamMember', 'create', { data: { teamId: 't', membershipId: 'm' } }, WS).data).toEqual({ teamId: 't', membershipId: 'm' });
    expect(scopeArgs('Workspace', 'findUnique', { where: { id: 'ws-b' } }, WS).where).toEqual({ id: WS });
    expect(scopeArgs('Workspace', 'findMany', {}, WS).where).toEqual({ id: WS });
  });

  it('refuses to create workspaces through a scoped client', () => {
    expect(() => scopeArgs('Workspace', 'create', { data: { name: 'x', slug: 'x' } }, WS)).toThrow(/cannot create workspaces/);
    expect(() => scopeArgs('Workspace', 'upsert', { where: { id: 'x' }, create: {}, update: {} }, WS)).toThrow(/cannot create workspaces/);
  });

  it('leaves global models alone', () => {
    const args = { where: { email: 'a@example.test' } };
    expect(scopeArgs('User', 'findUnique', args, WS)).toBe(args);
  });

  it('never mutates the caller’s arguments', () => {
    const args = { where: { id: 'c1' }, data: { name: 'Ann' } };
    const copy = structuredClone(args);
    scopeArgs('Contact', 'update', args, WS);
    scopeArgs('Contact', 'create', args, WS);
    expect(args).toEqual(copy);
  });
});

describe('scopeArgs keeps rows in their workspace', () => {
  it('drops workspaceId from update data so a row cannot be moved to another workspace', () => {
    const WS2 = 'ws-a';
    expect(scopeArgs('Conversation', 'update', { where: { id: 'c1' }, data: { status: 'open', workspaceId: 'ws-b' } }, WS2).data).toEqual({ status: 'open' });
    expect(scopeArgs('Conversation', 'updateMany', { where: {}, data: { workspaceId: 'ws-b' } }, WS2).data).toEqual({});
    expect(scopeArgs('Contact', 'upsert', { where: { id: 'x' }, create: { name: 'A' }, update: { workspaceId: 'ws-b', name: 'B' } }, WS2).update).toEqual({ name: 'B' });
  });
});
