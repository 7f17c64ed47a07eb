// The palette's fuzzy matcher and its command list, without a browser.
import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from '@/components/command-palette/fuzzy-match';
import { paletteCommands, searchCommand, type PaletteCommand } from '@/components/command-palette/palette-commands';

describe('fuzzyScore', () => {
  it('matches case-insensitively, scattered letters in order', () => {
    expect(fuzzyScore('UNASS', 'Unassigned')).not.toBeNull();
    expect(fuzzyScore('rsv', 'Resolved')).not.toBeNull();
    expect(fuzzyScore('sev1', 'SEV1 · Critical')).not.toBeNull();
  });

  it('rejects letters out of order or missing', () => {
    expect(fuzzyScore('vsr', 'Resolved')).toBeNull();
    expect(fuzzyScore('mineq', 'Mine')).toBeNull();
    expect(fuzzyScore('z', 'All open')).toBeNull();
  });

  it('matches everything with an empty query', () => {
    expect(fuzzyScore('', 'Anything')).toBe(0);
    expect(fuzzyScore('   ', 'Anything')).toBe(0);
  });

  it('needs every word of the query, in any order', () => {
    expect(fuzzyScore('sales team', 'Team: Sales')).not.toBeNull();
    expect(fuzzyScore('sales tag', 'Team: Sales')).toBeNull();
  });

  it('ranks exact > prefix > word start > inside a word > scattered letters', () => {
    const s = (q: string, t: string) => fuzzyScore(q, t)!;
    expect(s('mine', 'Mine')).toBeGreaterThan(s('mine', 'Minesweeper'));
    expect(s('sno', 'Snoozed')).toBeGreaterThan(s('sno', 'Tag: unsnoozed'));
    expect(s('ope', 'Open things')).toBeGreaterThan(s('ope', 'All open'));
    expect(s('ope', 'All open')).toBeGreaterThan(s('ope', 'Reopen'));
    expect(s('ope', 'Reopen')).toBeGreaterThan(s('ope', 'Order per event'));
  });

  it('prefers adjacent letters and word starts among scattered matches', () => {
    expect(fuzzyScore('tsl', 'Team: Sales')!).toBeGreaterThan(fuzzyScore('tsl', 'Trestles')!);
  });
});

describe('fuzzyFilter', () => {
  const items = ['Resolve or reopen', 'Resolved', 'Reply', 'All open', 'Unassigned'];
  it('keeps only matches, best first, ties in their given order', () => {
    expect(fuzzyFilter('res', items, (x) => x)).toEqual(['Resolve or reopen', 'Resolved']);
    expect(fuzzyFilter('open', items, (x) => x)).toEqual(['All open', 'Resolve or reopen']);
    expect(fuzzyFilter('', items, (x) => x)).toEqual(items);
  });

  it('matches on secondary text at a discount', () => {
    const rows = [
      { label: 'Channels', extra: 'settings' },
      { label: 'Settings overview', extra: '' },
    ];
    expect(fuzzyFilter('settings', rows, (r) => r.label, (r) => r.extra).map((r) => r.label)).toEqual(['Settings overview', 'Channels']);
    expect(fuzzyFilter('settings', rows, (r) => r.label).map((r) => r.label)).toEqual(['Settings overview']);
  });
});

describe('paletteCommands', () => {
  const data = { teams: [{ key: 'sales', name: 'Sales' }], tags: [{ key: 'incident', name: 'Incident' }], providers: ['email', 'whatsapp'] };
  const href = (cs: PaletteCommand[], id: string) => {
    const c = cs.find((x) => x.id === id);
    return c?.run.type === 'navigate' ? c.run.href : undefined;
  };

  it('offers every view with the inbox URL of that view', () => {
    const cs = paletteCommands({ data, hasMine: true, canManage: false, available: new Set() });
    expect(href(cs, 'view:open')).toBe('/inbox');
    expect(href(cs, 'view:mine')).toBe('/inbox?assignee=me');
    expect(href(cs, 'view:unassigned')).toBe('/inbox?assignee=none');
    expect(href(cs, 'view:team:sales')).toBe('/inbox?team=sales');
    expect(href(cs, 'view:tag:incident')).toBe('/inbox?tag=incident');
    expect(href(cs, 'view:severity:1')).toBe('/inbox?severity=1');
    expect(href(cs, 'view:channel:whatsapp')).toBe('/inbox?channel=whatsapp');
    expect(href(cs, 'view:snoozed')).toBe('/inbox?status=snoozed');
    expect(href(cs, 'view:resolved')).toBe('/inbox?status=resolved');
    expect(cs.find((c) => c.id === 'view:channel:whatsapp')?.label).toBe('Channel: WhatsApp');
    expect(cs.some((c) => c.id === 'sign-out')).toBe(true);
  });

  it('shows settings to managers only, and Mine only to a member', () => {
    const agent = paletteCommands({ data, hasMine: false, canManage: false, available: new Set() });
    expect(agent.some((c) => c.group === 'Settings')).toBe(false);
    expect(agent.some((c) => c.id === 'view:mine')).toBe(false);
    const manager = paletteCommands({ data, hasMine: true, canManage: true, available: new Set() });
    expect(href(manager, 'settings:routing')).toBe('/settings/routing');
  });

  it('offers conversation commands only for controls the page shows', () => {
    const none = paletteCommands({ data: null, hasMine: true, canManage: false, available: new Set() });
    expect(none.some((c) => c.group === 'Conversation')).toBe(false);
    const some = paletteCommands({ data: null, hasMine: true, canManage: false, available: new Set(['r', 'e']) });
    expect(some.filter((c) => c.group === 'Conversation').map((c) => c.run)).toEqual([
      { type: 'click', key: 'r' },
      { type: 'click', key: 'e' },
    ]);
  });

  it('works before the names arrive (data null): no team, tag or channel commands', () => {
    const cs = paletteCommands({ data: null, hasMine: true, canManage: false, available: new Set() });
    expect(cs.some((c) => c.id.startsWith('view:team:') || c.id.startsWith('view:tag:') || c.id.startsWith('view:channel:'))).toBe(false);
    expect(href(cs, 'view:unassigned')).toBe('/inbox?assignee=none');
  });

  it('puts "Unassigned" first when it is typed, ahead of the search command', () => {
    const cs = paletteCommands({ data, hasMine: true, canManage: true, available: new Set(['a']) });
    const found = fuzzyFilter('Unassigned', cs, (c) => c.label, (c) => `${c.group} ${c.keywords ?? ''}`);
    expect(found[0].id).toBe('view:unassigned');
    expect(fuzzyFilter('assign', cs, (c) => c.label, (c) => `${c.group} ${c.keywords ?? ''}`)[0].id).toBe('do:a');
    // An action on the open conversation comes before the view of the same name.
    const withSnooze = paletteCommands({ data, hasMine: true, canManage: true, available: new Set(['s']) });
    expect(fuzzyFilter('snooze', withSnooze, (c) => c.label, (c) => `${c.group} ${c.keywords ?? ''}`).map((c) => c.id).slice(0, 2)).toEqual(['do:s', 'view:snoozed']);
    expect(fuzzyFilter('sales', cs, (c) => c.label, (c) => `${c.group} ${c.keywords ?? ''}`)[0].id).toBe('view:team:sales');
  });
});

describe('searchCommand', () => {
  it('searches messages for the typed text, URL-encoded; nothing for blank text', () => {
    expect(searchCommand('  refund  &  invoice ')?.run).toEqual({ type: 'navigate', href: '/inbox?q=refund++%26++invoice' });
    expect(searchCommand('   ')).toBeNull();
  });
});
