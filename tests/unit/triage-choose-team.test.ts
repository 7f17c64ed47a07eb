import { describe, expect, it } from 'vitest';
import { chooseTeam } from '@/lib/triage/choose-team';

describe('chooseTeam', () => {
  it.each([
    [['incident', 'technical_issue'], 'incident'],
    [['sales_lead', 'technical_issue'], 'sales'],
    [['technical_issue', 'feature_request'], 'support'],
    [['feature_request', 'ugc'], 'product'],
    [['ugc'], 'marketing'],
    [['ugc', 'sales_lead'], 'sales'],
  ])('%j → %s', (tags, team) => {
    expect(chooseTeam({ tags }).team).toBe(team);
  });

  it('explains precedence', () => {
    expect(chooseTeam({ tags: ['technical_issue', 'incident'] }).reason).toBe('incident → incident (incident takes precedence over technical_issue)');
  });

  it('untagged service questions go to support; spam, auto-replies and chatter to none', () => {
    expect(chooseTeam({ tags: [], signals: { noise: null, serviceQuestion: true } })).toEqual({ team: 'support', reason: 'untagged service question → support' });
    expect(chooseTeam({ tags: [], signals: { noise: 'spam', serviceQuestion: false } }).team).toBe('none');
    expect(chooseTeam({ tags: [], signals: { noise: 'auto_reply', serviceQuestion: false } }).team).toBe('none');
    expect(chooseTeam({ tags: [], signals: { noise: null, serviceQuestion: false } }).team).toBe('none');
  });
});
