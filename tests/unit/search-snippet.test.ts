// Snippets for search hits: plain-text parts with the matches marked, found
// the way the database matches (accents, case, full-width forms folded;
// words from their start; CJK anywhere), mapped back onto the original text.
import { describe, expect, it } from 'vitest';
import { buildSnippet, findMatches } from '@/lib/search/build-snippet';
import { foldText, queryRuns } from '@/lib/search/fold-text';

const marked = (text: string, q: string) => buildSnippet(text, q).filter((p) => p.match).map((p) => p.text);

describe('foldText and queryRuns', () => {
  it('folds accents, case, ß and full-width letters like the database', () => {
    expect(foldText('Plăţi PLĂȚI Straße Ｒｅｆｕｎｄ Ærø')).toBe('plati plati strasse refund aero');
  });

  it('splits a query into word runs and CJK runs', () => {
    expect(queryRuns('Refund 退款申请, e-mail!')).toEqual([
      { text: 'refund', cjk: false },
      { text: '退款申请', cjk: true },
      { text: 'e', cjk: false },
      { text: 'mail', cjk: false },
    ]);
    expect(queryRuns('a & b | !c %')).toEqual([
      { text: 'a', cjk: false },
      { text: 'b', cjk: false },
      { text: 'c', cjk: false },
    ]);
  });
});

describe('buildSnippet', () => {
  it('marks the original spelling of a folded match', () => {
    expect(marked('Vreau rambursarea plăților duble.', 'platilor')).toEqual(['plăților']);
    expect(marked('Die Hauptstraße 5', 'hauptstrasse')).toEqual(['Hauptstraße']);
  });

  it('matches words from their start only, and short words whole', () => {
    expect(marked('refunds and prefund', 'refund')).toEqual(['refund']);
    expect(marked('an answer', 'an')).toEqual(['an']);
  });

  it('finds a CJK run anywhere, without spaces around it', () => {
    expect(marked('您好，我想申請退款，訂單還沒到。', '退款')).toEqual(['退款']);
    expect(marked('返金してください', '返金')).toEqual(['返金']);
  });

  it('cuts long text around the first match with ellipses, and keeps the text plain', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The <b>invoice</b> shows a duplicated charge. ${'More words follow here. '.repeat(10)}`;
    const parts = buildSnippet(text, 'duplicated');
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts[parts.length - 1]).toEqual({ text: '…', match: false });
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['duplicated']);
    expect(parts.map((p) => p.text).join('')).toContain('<b>invoice</b>');
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(200);
  });

  it('never splits an emoji (surrogate pair) at a cut', () => {
    const text = `${'🙂'.repeat(100)} refund ${'🙂'.repeat(100)}`;
    for (const p of buildSnippet(text, 'refund')) expect(p.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('gives the start of the text when nothing matches (e.g. a subject-only hit)', () => {
    expect(buildSnippet('Short text', 'elsewhere')).toEqual([{ text: 'Short text', match: false }]);
  });

  it('maps offsets through characters that fold to several (ß → ss)', () => {
    const text = 'Straße und Straßenbahn';
    expect(findMatches(text, queryRuns('strassenbahn')).map((r) => text.slice(r.start, r.end))).toEqual(['Straßenbahn']);
  });
});
