import { describe, expect, it } from 'vitest';
import { findPlaceholders, firstName, renderSavedReply, type SavedReplyVars } from '@/lib/saved-replies/render-saved-reply';

const vars: SavedReplyVars = { contact: { name: 'Priya Raman', handle: '@priya_r' }, agent: { name: 'Mei-Ling Chen' }, workspace: { name: 'Northwind Outfitters' } };

describe('renderSavedReply', () => {
  it('fills every known variable', () => {
    const r = renderSavedReply('Hi {{contact.firstName}} ({{contact.name}}, {{contact.handle}}): {{agent.firstName}} here, {{agent.name}} of {{workspace.name}}.', vars);
    expect(r).toEqual({ text: 'Hi Priya (Priya Raman, @priya_r): Mei-Ling here, Mei-Ling Chen of Northwind Outfitters.', unresolved: [] });
  });

  it('accepts spaces inside the braces and any letter case', () => {
    expect(renderSavedReply('Hi {{ contact.firstname }} and {{Agent.Name}}', vars).text).toBe('Hi Priya and Mei-Ling Chen');
  });

  it('leaves unknown variables visible and reports each once, in order', () => {
    const r = renderSavedReply('Order {{order.number}} for {{contact.firstName}}: {{order.trackingUrl}} ({{order.number}})', vars);
    expect(r.text).toBe('Order {{order.number}} for Priya: {{order.trackingUrl}} ({{order.number}})');
    expect(r.unresolved).toEqual(['{{order.number}}', '{{order.trackingUrl}}']);
  });

  it('never empties a known variable that has no value here: it stays and is flagged', () => {
    const r = renderSavedReply('Hi {{contact.firstName}}, see {{contact.handle}}', { ...vars, contact: { name: '  ', handle: null } });
    expect(r.text).toBe('Hi {{contact.firstName}}, see {{contact.handle}}');
    expect(r.unresolved).toEqual(['{{contact.firstName}}', '{{contact.handle}}']);
  });

  it('keeps text without placeholders, single braces and unicode as they are', () => {
    expect(renderSavedReply('Price {10} 😍 — {contact.name}', vars)).toEqual({ text: 'Price {10} 😍 — {contact.name}', unresolved: [] });
    expect(renderSavedReply('', vars)).toEqual({ text: '', unresolved: [] });
  });

  it('uses the first word of a name (without a handle’s @) as the first name', () => {
    expect(firstName('Chloé Martin')).toBe('Chloé');
    expect(firstName('  王芳 ')).toBe('王芳');
    expect(firstName('@jo_sparkle')).toBe('jo_sparkle');
    expect(firstName('')).toBeNull();
    expect(firstName(null)).toBeNull();
  });

  it('a value that itself looks like a placeholder is not expanded again', () => {
    const r = renderSavedReply('Hi {{contact.name}}', { ...vars, contact: { name: '{{agent.name}}' } });
    expect(r.text).toBe('Hi {{agent.name}}');
  });

  it('finds placeholders left in a draft', () => {
    expect(findPlaceholders('Hi Priya, order {{order.number}} and {{ x }} and {{order.number}}')).toEqual(['{{order.number}}', '{{ x }}']);
    expect(findPlaceholders('nothing here {single}')).toEqual([]);
  });
});
